namespace CivBot.Benchmarks;

using System.Diagnostics;
using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using Microsoft.Data.Sqlite;

/// <summary>
/// Appending receipts through the real pipeline to a group that already has N receipts. The history is filled in
/// directly (a valid chain, with the group's chain head moved to its end), then new events append through the engine.
/// </summary>
internal static class AppendAtSize
{
    public static async Task<double> RunAsync(string path, int existing, int appends)
    {
        await using (var setup = await Bot.StartAsync(path))
            await setup.SetUpAsync(1);
        SqliteConnection.ClearAllPools();
        await FillAsync(path, existing);
        SqliteConnection.ClearAllPools();

        await using var bot = await Bot.StartAsync(path);
        for (var i = 0; i < appends / 10; i++)
            await bot.Sink.SubmitAsync(
                bot.Says(0, "eve", $"/add warm-up {i}"),
                CancellationToken.None
            );
        var sw = Stopwatch.StartNew();
        await Window.RunAsync(
            appends,
            256,
            i => bot.Sink.SubmitAsync(bot.Says(0, "eve", $"/add note {i}"), CancellationToken.None)
        );
        return appends / sw.Elapsed.TotalSeconds;
    }

    private static async Task FillAsync(string path, int total)
    {
        await using var c = new SqliteConnection($"Data Source={path}");
        await c.OpenAsync();
        string json;
        await using (var read = c.CreateCommand())
        {
            read.CommandText = "SELECT state_json FROM groups WHERE id = 'bench:g0'";
            json = (string)(await read.ExecuteScalarAsync())!;
        }
        var state = StateJson.Deserialize(json);
        var head = state.Head;
        var group = new GroupId("bench:g0");
        var at = DateTimeOffset.UtcNow;
        await using var tx = c.BeginTransaction();
        await using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText =
            "INSERT INTO receipts (group_id, seq, loop_no, kind, at, actor, summary, amount, currency, evidence_json, prev_hash, hash) "
            + "VALUES ($g, $s, 1, 'context', $at, 'eve', $sum, NULL, NULL, '[]', $prev, $hash)";
        var pg = insert.Parameters.Add("$g", SqliteType.Text);
        var ps = insert.Parameters.Add("$s", SqliteType.Integer);
        var pat = insert.Parameters.Add("$at", SqliteType.Integer);
        var psum = insert.Parameters.Add("$sum", SqliteType.Text);
        var pprev = insert.Parameters.Add("$prev", SqliteType.Text);
        var phash = insert.Parameters.Add("$hash", SqliteType.Text);
        insert.Prepare();
        while (head.Seq < total)
        {
            var r = ReceiptChain.Next(
                head,
                at,
                group,
                1,
                ReceiptKind.Context,
                "eve",
                $"history {head.Seq + 1}"
            );
            pg.Value = group.Value;
            ps.Value = r.Seq;
            pat.Value = r.At.ToUnixTimeMilliseconds();
            psum.Value = r.Summary;
            pprev.Value = r.PrevHash;
            phash.Value = r.Hash;
            await insert.ExecuteNonQueryAsync();
            head = ChainHead.Of(r);
        }
        await using var update = c.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE groups SET state_json = $j WHERE id = 'bench:g0'";
        update.Parameters.AddWithValue("$j", StateJson.Serialize(state with { Head = head }));
        await update.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }
}
