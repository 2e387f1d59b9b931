namespace CivBot.Storage.Meta;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="MetaEntity"/> onto <c>meta</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class MetaEntityConfiguration : IEntityTypeConfiguration<MetaEntity>
{
    public void Configure(EntityTypeBuilder<MetaEntity> b)
    {
        b.ToTable("meta");
        b.HasKey(e => e.Key);
        b.Property(e => e.Key).HasColumnName("key");
        b.Property(e => e.Value).HasColumnName("value");
    }
}
