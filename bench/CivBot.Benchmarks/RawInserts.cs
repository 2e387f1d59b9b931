namespace CivBot.Benchmarks;

using System.Diagnostics;
using CivBot.Storage;
using CivBot.Storage.Database;
using Microsoft.Extensions.Options;

/// <summary>The baseline: one-row INSERTs, each its own transaction, on a connection with CivBot's own pragmas.</summary>
internal static class RawInserts
{
    public static async Task<double> RunAsync(string path, int rows)
    {
        var factory = new SqliteConnectionFactory(Options.Create(new StorageOptions { DatabasePath = path }));
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE raw (id INTEGER PRIMARY KEY, group_id TEXT NOT NULL, body TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        // The same positional binding CivBot's hot path uses, so the comparison is about the work, not the driver.
        using var insert = new CivBot.Storage.Pipeline.RawStatement(connection, "INSERT INTO raw (group_id, body) VALUES (?1, ?2)");
        for (var i = 0; i < rows / 10; i++)
            Insert(i);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
            Insert(i);
        return rows / sw.Elapsed.TotalSeconds;

        void Insert(int i) => insert.Text(1, "g" + (i % 16)).Text(2, "note " + i).Run();
    }
}
