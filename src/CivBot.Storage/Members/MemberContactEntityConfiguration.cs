namespace CivBot.Storage.Members;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="MemberContactEntity"/> onto <c>member_contacts</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class MemberContactEntityConfiguration
    : IEntityTypeConfiguration<MemberContactEntity>
{
    public void Configure(EntityTypeBuilder<MemberContactEntity> b)
    {
        b.ToTable("member_contacts");
        b.HasKey(e => e.MemberId);
        b.Property(e => e.MemberId).HasColumnName("member_id");
        b.Property(e => e.DmChannel).HasColumnName("dm_channel");
        b.Property(e => e.DmChatId).HasColumnName("dm_chat_id");
        b.Property(e => e.Reachable).HasColumnName("reachable");
        b.Property(e => e.UpdatedAt).HasColumnName("updated_at");
    }
}
