namespace CivBot.Storage.Migrations;

/// <summary>A row of <c>schema_migrations</c> (written only by the <see cref="Migrator"/>; read for admin views).</summary>
public sealed class SchemaMigrationEntity
{
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string AppliedAt { get; set; }
}
