namespace CivBot.Tests.Checkpoints;

using CivBot.Cli;
using CivBot.Hosting;
using CivBot.Storage.Checkpoints;
using CivBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

public sealed class DailyCheckpointTests
{
    private static ServiceProvider Services(string db)
    {
        var configuration = new ConfigurationBuilder().Build();
        return OneShot.Build(
            configuration,
            Configuration.Settings(configuration),
            db,
            new Core.Flows.FlowCatalog([])
        );
    }

    [Fact]
    public async Task A_group_whose_chain_grew_gets_one_checkpoint_a_day_in_every_chat_and_none_while_nothing_changed()
    {
        using var db = new TempDb();
        await Playground.RunAsync(db.Path, "urgent-ride", "dan: hi", "ann: /ask Need a ride");
        await using var services = Services(db.Path);
        var daily = services.GetRequiredService<DailyCheckpoints>();
        var checkpoints = services.GetRequiredService<CheckpointStore>();
        var now = new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);
        const string Outbox =
            "SELECT count(*) FROM outbox WHERE reply_json LIKE '%Signed checkpoint%'";

        Assert.Equal(1, await daily.PostDueAsync(now, default));
        Assert.Equal(1, db.Count(Outbox));
        var first = await checkpoints.LatestAsync(new("playground:group"), default);
        Assert.Equal(db.Count("SELECT count(*) FROM receipts"), first!.TreeSize);

        // Nothing changed: nothing is posted, not even a day later.
        Assert.Equal(0, await daily.PostDueAsync(now.AddDays(2), default));

        await Playground.RunAsync(db.Path, "urgent-ride", "eve: hi", "eve: /add #1 I can drive");
        // Changed, but the last one is less than a day old.
        Assert.Equal(0, await daily.PostDueAsync(now.AddHours(23), default));
        Assert.Equal(1, await daily.PostDueAsync(now.AddHours(25), default));
        Assert.Equal(2, db.Count(Outbox));
        var second = await checkpoints.LatestAsync(new("playground:group"), default);
        Assert.True(second!.TreeSize > first.TreeSize);
    }
}
