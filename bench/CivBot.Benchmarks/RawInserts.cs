namespace CivBot.Benchmarks;

using System.Diagnostics;
using CivBot.Storage;
using CivBot.Storage.Database;
using Microsoft.Extensions.Options;

/// <summary>
/// The baseline: the same chat events the stream sends, each logged with one single-row INSERT in its own transaction
/// (autocommit), on a connection with CivBot's own pragmas. This is what "just write each event down" costs.
/// </summary>
internal static class RawInserts
{
    /// <summary>Inserts per second, and this process's CPU time per insert.</summary>
    public static async Task<(double PerSecond, double CpuUs)> RunAsync(string path, int rows)
    {
        var factory = new SqliteConnectionFactory(
            Options.Create(new StorageOptions { DatabasePath = path })
        );
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText =
                "CREATE TABLE raw (id INTEGER PRIMARY KEY, channel TEXT NOT NULL, chat_id TEXT NOT NULL, sender TEXT NOT NULL, platform_id TEXT NOT NULL, text TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        // The same positional binding CivBot's hot path uses, so the comparison is about the work, not the driver.
        using var insert = new CivBot.Storage.Pipeline.RawStatement(
            connection,
            "INSERT INTO raw (channel, chat_id, sender, platform_id, text) VALUES (?1, ?2, ?3, ?4, ?5)"
        );
        for (var i = 0; i < rows / 10; i++)
            Insert(i);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
            Insert(i);
        var elapsed = sw.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (rows / elapsed.TotalSeconds, cpu.TotalMicroseconds / rows);

        void Insert(int i) =>
            insert
                .Text(1, "bench")
                .Text(2, "g" + (i % 16))
                .Text(3, "bench:eve")
                .Text(4, "e" + i)
                .Text(5, $"/add note {i}: the clinic closes at 5pm")
                .Run();
    }
}
