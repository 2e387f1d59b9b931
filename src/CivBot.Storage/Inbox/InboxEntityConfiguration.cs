namespace CivBot.Storage.Inbox;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="InboxEntity"/> onto <c>inbox</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class InboxEntityConfiguration : IEntityTypeConfiguration<InboxEntity>
{
    public void Configure(EntityTypeBuilder<InboxEntity> b)
    {
        b.ToTable("inbox");
        b.HasKey(e => new { e.Channel, e.PlatformId });
        b.Property(e => e.Channel).HasColumnName("channel");
        b.Property(e => e.PlatformId).HasColumnName("platform_id");
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.ReceivedAt).HasColumnName("received_at");
        b.Property(e => e.Status).HasColumnName("status");
        b.Property(e => e.Reason).HasColumnName("reason");
    }
}
