namespace CivBot.Tests.Support;

using CivBot.Checkpoints;
using CivBot.Testing.Receipts;
using CivBot.Tests.Checkpoints;
using Microsoft.Data.Sqlite;

/// <summary>
/// A playground group that ran the urgent ride (its closing checkpoint posted to the chat) and then published its
/// receipts through the consent vote: what the browser tests look at.
/// </summary>
public sealed class PublishedGroup
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
            [.. before, .. UrgentRideScript.Lines, .. UrgentRideScript.Publish]
        );
        var slug = UrgentRideScript.PublishedSlug(output);
        Assert.True(slug is not null, string.Join('\n', output));
        return new PublishedGroup(db, output, slug);
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
        using var signer = DeploymentKey.TryLoad(Db)!;
        await BulkReceipts.SignHeadAsync(Db, Group, signer);
    }
}
