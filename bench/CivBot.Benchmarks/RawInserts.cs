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
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw (group_id, body) VALUES ($g, $b)";
        var g = insert.Parameters.Add("$g", Microsoft.Data.Sqlite.SqliteType.Text);
        var b = insert.Parameters.Add("$b", Microsoft.Data.Sqlite.SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < rows / 10; i++)
            Insert(i);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
            Insert(i);
        return rows / sw.Elapsed.TotalSeconds;

        void Insert(int i)
        {
            g.Value = "g" + (i % 16);
            b.Value = "note " + i;
            insert.ExecuteNonQuery();
        }
    }
}
