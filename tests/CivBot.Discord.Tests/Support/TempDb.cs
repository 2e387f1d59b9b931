namespace CivBot.Discord.Tests.Support;

using Microsoft.Data.Sqlite;

/// <summary>A real SQLite file in the temp folder, deleted (with its WAL) afterwards.</summary>
public sealed class TempDb : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"civbot-dc-{Guid.NewGuid():N}.db");

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
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
