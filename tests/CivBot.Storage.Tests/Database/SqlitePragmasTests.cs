namespace CivBot.Storage.Tests.Database;

using CivBot.Storage.Database;
using CivBot.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

/// <summary>
/// Alone, after the parallel tests: every storage test's database clears all connection pools when it is disposed
/// (<see cref="TempDatabase"/>), and a pool cleared between the two openings here would hand out a new handle.
/// </summary>
[Collection(AlonePoolCollection.Name)]
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _db.Dispose();
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_still_has_every_setting_though_they_run_once_per_physical_connection()
    {
        var factory = new SqliteConnectionFactory(
            Options.Create(new StorageOptions { DatabasePath = _db.FilePath })
        );
        object handle;
        using (var first = factory.Open())
        {
            handle = first.Handle!;
            Assert.Equal(1, Pragma(first, "foreign_keys"));
        }

        await using var again = await factory.OpenAsync(default);

        Assert.Same(handle, again.Handle);
        Assert.Equal(1, Pragma(again, "foreign_keys"));
        Assert.Equal(5000, Pragma(again, "busy_timeout"));
        Assert.Equal(10000, Pragma(again, "wal_autocheckpoint"));
        Assert.Equal(1, Pragma(again, "synchronous")); // NORMAL
    }
}

/// <summary>Tests that need the process's connection pools left alone while they run.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AlonePoolCollection
{
    public const string Name = "connection pools left alone";
}
