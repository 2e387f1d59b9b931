namespace CivBot.Tests.Support;

using System.Text.Json;
using System.Text.RegularExpressions;
using CivBot.Checkpoints;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Checkpoints;
using CivBot.Tests.Checkpoints;
using Microsoft.Data.Sqlite;

/// <summary>
/// A playground group that ran the urgent ride (its closing checkpoint posted to the chat) and then published its
/// receipts through the consent vote: what the browser tests look at.
/// </summary>
public sealed partial class PublishedGroup
{
    public const string Group = "playground:group";

    private PublishedGroup(string db, List<string> output, string slug)
    {
        Db = db;
        Output = output;
        Slug = slug;
    }

    public string Db { get; }

    public List<string> Output { get; }

    public string Slug { get; }

    /// <summary>The checkpoint the chat received when the loop closed, before anything was published.</summary>
    public string EarlierCheckpoint => CheckpointCliTests.CheckpointFrom(Output);

    public static async Task<PublishedGroup> CreateAsync(string db, params string[] before)
    {
        var output = await Playground.RunAsync(
            db,
            "urgent-ride",
            [.. before, .. CheckpointCliTests.UrgentRide, "ann: /publish", ":wait 25h"]
        );
        var published = output.Select(l => PageAddress().Match(l)).FirstOrDefault(m => m.Success);
        Assert.True(published is not null, string.Join('\n', output));
        return new PublishedGroup(db, output, published.Groups[1].Value);
    }

    public long ReceiptCount()
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM receipts WHERE group_id = '{Group}'";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>What an operator with the key could do after rewriting the chain: sign a fresh checkpoint for the page.</summary>
    public async Task ResignLatestCheckpointAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Pooling=false");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText =
            $"SELECT seq, hash FROM receipts WHERE group_id = '{Group}' ORDER BY seq DESC LIMIT 1";
        await using var reader = await read.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (size, head) = (reader.GetInt64(0), reader.GetString(1));
        await reader.CloseAsync();
        using var signer = DeploymentKey.TryLoad(Db)!;
        var note = signer
            .Sign(new Checkpoint(Checkpoint.OriginOf(signer.PublicKey.Name, Group), size, head))
            .Format();
        await using var write = connection.CreateCommand();
        write.CommandText = "UPDATE meta SET value = $v WHERE key = $k";
        write.Parameters.AddWithValue("$k", "checkpoint:" + Group);
        write.Parameters.AddWithValue(
            "$v",
            JsonSerializer.Serialize(new StoredCheckpoint(note, size, head, DateTimeOffset.UtcNow))
        );
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }

    [GeneratedRegex(@"The receipts are public now at /g/([a-z0-9-]+) ")]
    private static partial Regex PageAddress();
}
