namespace CivBot.Storage.FlowVersions;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="FlowVersionEntity"/> onto <c>flow_versions</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class FlowVersionEntityConfiguration : IEntityTypeConfiguration<FlowVersionEntity>
{
    public void Configure(EntityTypeBuilder<FlowVersionEntity> b)
    {
        b.ToTable("flow_versions");
        b.HasKey(e => e.Hash);
        b.Property(e => e.Hash).HasColumnName("hash");
        b.Property(e => e.FlowId).HasColumnName("flow_id");
        b.Property(e => e.Version).HasColumnName("version");
        b.Property(e => e.File).HasColumnName("file");
        b.Property(e => e.Yaml).HasColumnName("yaml");
        b.Property(e => e.FirstSeen).HasColumnName("first_seen");
    }
}
