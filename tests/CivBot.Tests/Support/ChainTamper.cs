namespace CivBot.Tests.Support;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using Microsoft.Data.Sqlite;

/// <summary>
/// What someone with the database file could do: drop the append-only triggers and edit one receipt (the chain
/// breaks there), or rewrite a receipt and re-hash every one after it and the group's remembered head, so the chain
/// is internally consistent again and only an earlier signed checkpoint can tell.
/// </summary>
public static class ChainTamper
{
    public static async Task EditAsync(string db, string group, long seq, string summary)
    {
        await using var connection = await OpenAsync(db);
        await ExecAsync(
            connection,
            "DROP TRIGGER IF EXISTS receipts_no_update; UPDATE receipts SET summary = $s WHERE group_id = $g AND seq = $n",
            ("$s", summary),
            ("$g", group),
            ("$n", seq)
        );
    }

    public static async Task RewriteAsync(string db, string group, long seq, string summary)
    {
        await using var connection = await OpenAsync(db);
        await ExecAsync(connection, "DROP TRIGGER IF EXISTS receipts_no_update");
        var receipts = await ReadAsync(connection, group);
        var oldHead = receipts[^1].Hash;
        var previous = seq == 1 ? Receipt.GenesisHash : receipts[(int)seq - 2].Hash;
        for (var i = (int)seq - 1; i < receipts.Count; i++)
        {
            var r = receipts[i] with { PrevHash = previous };
            if (r.Seq == seq)
                r = r with { Summary = summary };
            r = r with { Hash = ReceiptChain.ComputeHash(r) };
            receipts[i] = r;
            previous = r.Hash;
            await ExecAsync(
                connection,
                "UPDATE receipts SET summary = $s, prev_hash = $p, hash = $h WHERE group_id = $g AND seq = $n",
                ("$s", r.Summary),
                ("$p", r.PrevHash),
                ("$h", r.Hash),
                ("$g", group),
                ("$n", r.Seq)
            );
        }
        await ExecAsync(
            connection,
            "UPDATE groups SET state_json = replace(state_json, $old, $new) WHERE id = $g",
            ("$old", oldHead),
            ("$new", previous),
            ("$g", group)
        );
    }

    private static async Task<List<Receipt>> ReadAsync(SqliteConnection connection, string group)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT seq, at, loop_no, kind, actor, summary, amount, currency, evidence_json, prev_hash, hash, actor_id, actor_type, form, phrase FROM receipts WHERE group_id = $g ORDER BY seq";
        command.Parameters.AddWithValue("$g", group);
        await using var reader = await command.ExecuteReaderAsync();
        var receipts = new List<Receipt>();
        while (await reader.ReadAsync())
        {
            Assert.True(ReceiptKinds.TryParse(reader.GetString(3), out var kind));
            receipts.Add(
                new Receipt(
                    reader.GetInt64(0),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                    new GroupId(group),
                    reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    kind,
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.IsDBNull(6)
                        ? null
                        : decimal.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? [],
                    reader.GetString(9),
                    reader.GetString(10),
                    reader.IsDBNull(11) ? null : reader.GetString(11),
                    ReceiptForms.ParseActorType(reader.IsDBNull(12) ? null : reader.GetString(12)),
                    reader.GetInt32(13),
                    reader.IsDBNull(14) ? null : Phrase.Parse(reader.GetString(14))
                )
            );
        }
        return receipts;
    }

    private static async Task<SqliteConnection> OpenAsync(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecAsync(
        SqliteConnection connection,
        string sql,
        params (string Name, object Value)[] parameters
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}
