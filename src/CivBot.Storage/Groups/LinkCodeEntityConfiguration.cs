namespace CivBot.Storage.Groups;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="LinkCodeEntity"/> onto <c>link_codes</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class LinkCodeEntityConfiguration : IEntityTypeConfiguration<LinkCodeEntity>
{
    public void Configure(EntityTypeBuilder<LinkCodeEntity> b)
    {
        b.ToTable("link_codes");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasColumnName("code");
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.ExpiresAt).HasColumnName("expires_at");
    }
}
