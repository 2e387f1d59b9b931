namespace CivBot.Storage.Members;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="MemberGroupEntity"/> onto <c>member_groups</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class MemberGroupEntityConfiguration : IEntityTypeConfiguration<MemberGroupEntity>
{
    public void Configure(EntityTypeBuilder<MemberGroupEntity> b)
    {
        b.ToTable("member_groups");
        b.HasKey(e => new { e.MemberId, e.GroupId });
        b.Property(e => e.MemberId).HasColumnName("member_id");
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.LastSeen).HasColumnName("last_seen");
    }
}
