namespace CivBot.Storage.Groups;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="GroupEntity"/> onto <c>groups</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class GroupEntityConfiguration : IEntityTypeConfiguration<GroupEntity>
{
    public void Configure(EntityTypeBuilder<GroupEntity> b)
    {
        b.ToTable("groups");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id");
        b.Property(e => e.StateJson).HasColumnName("state_json");
        b.Property(e => e.Version).HasColumnName("version");
        b.Property(e => e.UpdatedAt).HasColumnName("updated_at");
    }
}
