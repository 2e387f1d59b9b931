namespace CivBot.Storage.Migrations;

/// <summary>One schema upgrade: applied once, in version order, inside its own transaction.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);
