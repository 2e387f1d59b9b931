namespace CivBot.Storage.Migrations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="SchemaMigrationEntity"/> onto <c>schema_migrations</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class SchemaMigrationEntityConfiguration
    : IEntityTypeConfiguration<SchemaMigrationEntity>
{
    public void Configure(EntityTypeBuilder<SchemaMigrationEntity> b)
    {
        b.ToTable("schema_migrations");
        b.HasKey(e => e.Version);
        b.Property(e => e.Version).HasColumnName("version").ValueGeneratedNever();
        b.Property(e => e.Name).HasColumnName("name");
        b.Property(e => e.AppliedAt).HasColumnName("applied_at");
    }
}
