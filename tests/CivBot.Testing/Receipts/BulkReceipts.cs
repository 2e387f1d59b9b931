namespace CivBot.Testing.Receipts;

using System.Globalization;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Checkpoints;
using Microsoft.Data.Sqlite;

/// <summary>
/// Grows a group's chain to a given length with well-formed receipts (chained by Core's own code), fast, and signs a
/// checkpoint of the grown chain: the large published group the browser tests and the <c>--browser</c> bench verify.
/// </summary>
public static class BulkReceipts
{
    public static async Task GrowToAsync(string db, string group, int total)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var head = await HeadAsync(connection, transaction, group);
        var at = DateTimeOffset.UtcNow;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO receipts (group_id, seq, loop_no, kind, at, actor, summary, amount, currency, evidence_json, prev_hash, hash) "
            + "VALUES ($g, $s, 1, $k, $a, $actor, $summary, $amount, $currency, '[]', $p, $h)";
        string[] names = ["g", "s", "k", "a", "actor", "summary", "amount", "currency", "p", "h"];
        foreach (var n in names)
            insert.Parameters.Add(new SqliteParameter("$" + n, null));
        for (var seq = head.Seq + 1; seq <= total; seq++)
        {
            var spend = seq % 10 == 0;
            var r = ReceiptChain.Next(
                head,
                at.AddSeconds(seq),
                new GroupId(group),
                1,
                spend ? ReceiptKind.Spend : ReceiptKind.Progress,
                seq % 3 == 0 ? "eve" : "dan",
                $"Step {seq}: checked the listing, opening hours match the sign on the door",
                spend ? 1.25m : null,
                spend ? "USD" : null
            );
            insert.Parameters["$g"].Value = group;
            insert.Parameters["$s"].Value = r.Seq;
            insert.Parameters["$k"].Value = r.Kind.WireName();
            insert.Parameters["$a"].Value = r.At.ToUnixTimeMilliseconds();
            insert.Parameters["$actor"].Value = r.Actor;
            insert.Parameters["$summary"].Value = r.Summary;
            insert.Parameters["$amount"].Value =
                (object?)r.Amount?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value;
            insert.Parameters["$currency"].Value = (object?)r.Currency ?? DBNull.Value;
            insert.Parameters["$p"].Value = r.PrevHash;
            insert.Parameters["$h"].Value = r.Hash;
            await insert.ExecuteNonQueryAsync();
            head = ChainHead.Of(r);
        }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// What an operator with the deployment key could do after the chain grew outside the engine: sign a checkpoint
    /// of the chain as stored and keep it as the group's latest (the one the public page checks against).
    /// </summary>
    public static async Task SignHeadAsync(string db, string group, CheckpointSigner signer)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var head = await HeadAsync(connection, transaction, group);
        // Signed, stored and keyed as the daily checkpoints are (Storage's own CheckpointNotes).
        var checkpoint = CheckpointNotes.Sign(
            signer,
            new GroupId(group),
            head,
            DateTimeOffset.UtcNow
        );
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "UPDATE meta SET value = $v WHERE key = $k";
        write.Parameters.AddWithValue("$k", CheckpointNotes.MetaKey(new GroupId(group)));
        write.Parameters.AddWithValue("$v", CheckpointNotes.Serialize(checkpoint));
        if (await write.ExecuteNonQueryAsync() != 1)
            throw new InvalidOperationException($"Group {group} has no checkpoint to replace.");
        await transaction.CommitAsync();
    }

    private static async Task<ChainHead> HeadAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string group
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT seq, hash FROM receipts WHERE group_id = $g ORDER BY seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$g", group);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new ChainHead(reader.GetInt64(0), reader.GetString(1))
            : ChainHead.Empty;
    }
}
