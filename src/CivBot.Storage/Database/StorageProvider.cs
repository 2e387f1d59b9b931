namespace CivBot.Storage.Database;

/// <summary>Which database a deployment runs on: SQLite (one process, the embedded default) or PostgreSQL (several instances).</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
