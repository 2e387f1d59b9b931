namespace CivBot.Storage.Sms;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="JoinCodeEntity"/> onto <c>join_codes</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class JoinCodeEntityConfiguration : IEntityTypeConfiguration<JoinCodeEntity>
{
    public void Configure(EntityTypeBuilder<JoinCodeEntity> b)
    {
        b.ToTable("join_codes");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasColumnName("code");
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.CreatedAt).HasColumnName("created_at");
    }
}
