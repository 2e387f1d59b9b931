namespace CivBot.Storage.Sms;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="OptOutEntity"/> onto <c>contact_optouts</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class OptOutEntityConfiguration : IEntityTypeConfiguration<OptOutEntity>
{
    public void Configure(EntityTypeBuilder<OptOutEntity> b)
    {
        b.ToTable("contact_optouts");
        b.HasKey(e => new { e.Channel, e.ChatId });
        b.Property(e => e.Channel).HasColumnName("channel");
        b.Property(e => e.ChatId).HasColumnName("chat_id");
        b.Property(e => e.At).HasColumnName("at");
    }
}
