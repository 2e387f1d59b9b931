namespace CivBot.Tests.Support;

/// <summary>A real SQLite file in a fresh temp directory, removed afterwards.</summary>
public sealed class TempDb : IDisposable
{
    public TempDb() => Directory.CreateDirectory(Dir);

    public string Dir { get; } =
        System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "civbot-tests",
            Guid.NewGuid().ToString("N")
        );

    public string Path => System.IO.Path.Combine(Dir, "civbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on teardown only leaves litter in the temp directory.
        }
    }
}
