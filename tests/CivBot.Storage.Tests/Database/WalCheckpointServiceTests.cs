namespace CivBot.Storage.Tests.Database;

using CivBot.Storage.Database;
using CivBot.Storage.Tests.Support;
using CivBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

public sealed class WalCheckpointServiceTests : IAsyncLifetime
{
    private const int Rows = 200;
    private const int RowBytes = 4000;

    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(StorageProvider.Sqlite);
        _harness = await StorageHarness.StartAsync(_db);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private long FileLength => new FileInfo(_db.FilePath).Length;

    [Fact]
    public async Task What_was_written_reaches_the_database_file_without_any_writer_checkpointing_it()
    {
        // Held open throughout, so no connection closing is the last one (SQLite checkpoints on the last close), and
        // the only writer: its automatic checkpoint is off, so whatever the log already held from the migrations, no
        // commit of this test copies the log into the file.
        using var held = _db.Open();
        void Run(string sql)
        {
            using var command = held.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
        Run("PRAGMA wal_autocheckpoint = 0");
        Run("CREATE TABLE filler (x BLOB)");
        var before = FileLength;
        Run(
            $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) "
                + $"INSERT INTO filler SELECT randomblob({RowBytes}) FROM n"
        );
        // No writer checkpointed: the rows are in the log only.
        Assert.True(FileLength < before + Rows * RowBytes, "the rows reached the file too soon");

        using var service = new WalCheckpointService(
            _harness.Get<DbConnections>(),
            NullLogger<WalCheckpointService>.Instance
        );
        await service.StartAsync(default);
        try
        {
            await Conditions.WaitUntilAsync(
                () => FileLength >= before + Rows * RowBytes,
                TimeSpan.FromSeconds(30),
                () =>
                    $"the database file to grow past {before + Rows * RowBytes} bytes (is {FileLength})"
            );
        }
        finally
        {
            await service.StopAsync(default);
        }
    }
}
