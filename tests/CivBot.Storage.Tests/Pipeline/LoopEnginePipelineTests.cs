namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;
using CivBot.Storage.Timers;

/// <summary>The pipeline with the real engine and the shipped flows: what a group sees end to end.</summary>
public abstract class LoopEnginePipelineTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, flows: ShippedFlows.Load());
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private Task<InboundOutcome> SayAsync(string id, string text) =>
        _harness.Get<IInboundSink>().SubmitAsync(Some.Text(id, text), default);

    private List<string> Replies() =>
        [
            .. _db.Column("SELECT reply_json FROM outbox ORDER BY id")
                .Select(j => ReplyJson.Deserialize(j).Text),
        ];

    [Fact]
    public async Task An_ask_opens_a_loop_with_an_ask_receipt_and_a_replay_of_it_changes_nothing()
    {
        Assert.Equal(
            InboundOutcome.Processed,
            await SayAsync("u1", "/ask need a ride to the clinic before 5pm")
        );
        var receipts = _db.Scalar("SELECT count(*) FROM receipts");
        var messages = _db.Scalar("SELECT count(*) FROM outbox");

        Assert.Equal(
            InboundOutcome.Duplicate,
            await SayAsync("u1", "/ask need a ride to the clinic before 5pm")
        );

        Assert.Equal(
            ["ask|1"],
            _db.Column("SELECT kind || '|' || loop_no FROM receipts WHERE seq = 1")
        );
        Assert.Contains(
            "need a ride to the clinic before 5pm",
            _db.Column("SELECT summary FROM receipts WHERE seq = 1").Single(),
            StringComparison.Ordinal
        );
        Assert.True(messages > 0);
        Assert.True(_db.Scalar("SELECT count(*) FROM timers") > 0);
        Assert.Equal(receipts, _db.Scalar("SELECT count(*) FROM receipts"));
        Assert.Equal(messages, _db.Scalar("SELECT count(*) FROM outbox"));
    }

    [Fact]
    public async Task Receipts_and_verify_are_answered_from_the_database_in_the_same_transaction()
    {
        await SayAsync("u1", "/ask fix the stairwell light");
        var count = _db.Scalar("SELECT count(*) FROM receipts");

        await SayAsync("u2", "/receipts");
        await SayAsync("u3", "/verify");

        var replies = Replies();
        Assert.Contains(
            replies,
            r =>
                r.StartsWith("Receipts for this group:", StringComparison.Ordinal)
                && r.Contains("fix the stairwell light", StringComparison.Ordinal)
        );
        Assert.Contains(
            replies,
            r => r.Contains($"All {count} receipts check out", StringComparison.Ordinal)
        );
        Assert.True(
            Assert.Single(await _harness.Get<ReceiptStore>().VerifyAsync(null, default)).IsIntact
        );
    }

    [Fact]
    public async Task A_due_loop_timer_fires_once_through_the_pipeline()
    {
        await SayAsync("u1", "/ask fix the stairwell light");
        var scheduler = _harness.Get<TimerScheduler>();
        var due = await scheduler.NextDueAsync();
        Assert.NotNull(due);
        var before = _db.Scalar("SELECT count(*) FROM outbox");

        _harness.Time.SetTo(due.Value);
        var fired = await scheduler.FireDueAsync(default);

        Assert.True(fired >= 1);
        Assert.Equal(
            0,
            _db.Scalar(
                $"SELECT count(*) FROM timers WHERE fired = FALSE AND due_at <= {due.Value.ToUnixTimeMilliseconds()}"
            )
        );
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM inbox WHERE status = 'failed'"));
        Assert.True(_db.Scalar("SELECT count(*) FROM outbox") > before);
        Assert.True(
            Assert.Single(await _harness.Get<ReceiptStore>().VerifyAsync(null, default)).IsIntact
        );
    }

    [Fact]
    public async Task A_replayed_vote_is_counted_once_and_writes_nothing_new()
    {
        var cy = new CivBot.Core.Inbound.Sender(
            new CivBot.Core.Model.MemberId("telegram:333"),
            "cy"
        );
        var sink = _harness.Get<IInboundSink>();
        await sink.SubmitAsync(Some.Text("b1", "/help", sender: Some.Bob), default);
        await sink.SubmitAsync(Some.Text("c1", "/help", sender: cy), default);
        await SayAsync("a1", "/ask need chairs for Saturday");
        // Rotation: bob (joined first after ann, who asked) stewards; he proposes and opens the vote.
        await sink.SubmitAsync(
            Some.Text("b2", "/propose borrow from the church", sender: Some.Bob),
            default
        );
        await sink.SubmitAsync(Some.Text("b3", "/vote", sender: Some.Bob), default);
        var receipts = _db.Scalar("SELECT count(*) FROM receipts");

        Assert.Equal(InboundOutcome.Processed, await SayAsync("a2", "/vote 1"));
        var messages = _db.Scalar("SELECT count(*) FROM outbox");
        // The platform retries the same update (same platform id), twice, concurrently.
        var replays = await Task.WhenAll(SayAsync("a2", "/vote 1"), SayAsync("a2", "/vote 1"));

        Assert.All(replays, r => Assert.Equal(InboundOutcome.Duplicate, r));
        Assert.Equal(messages, _db.Scalar("SELECT count(*) FROM outbox"));
        Assert.Equal(receipts, _db.Scalar("SELECT count(*) FROM receipts"));
        var state = CivBot.Core.Engine.StateJson.Deserialize(
            _db.Column("SELECT state_json FROM groups").Single()
        );
        Assert.Single(state.Loops.Single().Vote!.Ballots);
        Assert.Contains(
            "1 of 3 voted",
            Replies().Last(r => r.StartsWith("🗳", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
    }
}

public sealed class LoopEnginePipelineTestsOnSqlite()
    : LoopEnginePipelineTests(StorageProvider.Sqlite);

public sealed class LoopEnginePipelineTestsOnPostgres()
    : LoopEnginePipelineTests(StorageProvider.Postgres);
