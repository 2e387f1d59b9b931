namespace CivBot.Testing;

using Microsoft.Data.Sqlite;

/// <summary>A real SQLite file in a fresh temporary directory, removed (with its WAL) afterwards.</summary>
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

    /// <summary>Runs a scalar count query on the file.</summary>
    public long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
