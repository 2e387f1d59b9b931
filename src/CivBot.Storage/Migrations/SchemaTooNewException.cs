namespace CivBot.Storage.Migrations;

/// <summary>The database was upgraded by a newer CivBot; running this older build on it could corrupt data.</summary>
public sealed class SchemaTooNewException(int databaseVersion, int newestKnown)
    : Exception(
        $"The database is at schema version {databaseVersion}, but this CivBot only knows versions up to {newestKnown}. "
            + "It was upgraded by a newer CivBot: run that version (or restore a backup) instead."
    )
{
    public int DatabaseVersion => databaseVersion;

    public int NewestKnown => newestKnown;
}
