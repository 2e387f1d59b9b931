namespace CivBot.Storage.Tests.Postgres;

using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Inbox;
using CivBot.Storage.Outbox;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;
using CivBot.Storage.Timers;

/// <summary>
/// Two "instances" (two storage stacks, each with its own pipeline, caches and dispatcher, as two processes would
/// have) on one PostgreSQL database.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private readonly FakeChannelSender _senderA = new("telegram");
    private readonly FakeChannelSender _senderB = new("telegram");
    private TempDatabase _db = null!;
    private StorageHarness _a = null!;
    private StorageHarness _b = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(StorageProvider.Postgres);
        _a = await StorageHarness.StartAsync(
            _db,
            _time,
            engine: new ScriptedEngine(),
            configure: o => o.InstanceId = "instance-a",
            senders: [_senderA]
        );
        _b = await StorageHarness.StartAsync(
            _db,
            _time,
            engine: new ScriptedEngine(),
            configure: o => o.InstanceId = "instance-b",
            senders: [_senderB]
        );
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _db.Dispose();
    }

    private static IInboundSink Sink(StorageHarness instance) => instance.Get<IInboundSink>();

    private List<string> Summaries() =>
        _db.Column("SELECT summary FROM receipts WHERE group_id = 'telegram:-1001' ORDER BY seq");

    [Fact]
    public async Task Events_of_one_group_alternating_between_two_instances_are_applied_once_each_in_order()
    {
        for (var i = 1; i <= 20; i++)
            await Sink(i % 2 == 1 ? _a : _b).SubmitAsync(Some.Text($"u{i}", $"m{i}"), default);

        // Each instance's cached state fell behind at every other event; it was read again, never used stale.
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"m{i}"), Summaries());
        Assert.Equal(20, _db.Scalar("SELECT version FROM groups"));
        Assert.True((await _a.Get<ReceiptStore>().VerifyAsync(null, default)).Single().IsIntact);
    }

    [Fact]
    public async Task Two_instances_streaming_one_groups_events_at_once_apply_each_exactly_once_keeping_each_streams_order()
    {
        const int perInstance = 150;
        Task<InboundOutcome[]> Stream(StorageHarness instance, string name) =>
            Task.WhenAll(
                Enumerable
                    .Range(1, perInstance)
                    .Select(i =>
                        Sink(instance).SubmitAsync(Some.Text($"{name}{i}", $"{name}{i}"), default)
                    )
            );
        // The same platform ids again on the other instance at the same time: platform retries landing elsewhere.
        var outcomes = await Task.WhenAll(
            Stream(_a, "a"),
            Stream(_b, "b"),
            Stream(_b, "a"),
            Stream(_a, "b")
        );

        var summaries = Summaries();
        Assert.Equal(2 * perInstance, summaries.Count);
        Assert.Equal(2 * perInstance, summaries.Distinct().Count());
        // Each stream's events that an instance applied are in the order they were submitted to it.
        var streams = new[] { "a", "b", "a", "b" };
        for (var s = 0; s < streams.Length; s++)
        {
            var applied = Enumerable
                .Range(1, perInstance)
                .Where(i => outcomes[s][i - 1] == InboundOutcome.Processed)
                .Select(i => $"{streams[s]}{i}")
                .ToList();
            Assert.Equal(applied, summaries.Where(applied.Contains));
        }
        Assert.Equal(
            2 * perInstance,
            outcomes.SelectMany(o => o).Count(o => o == InboundOutcome.Processed)
        );
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM inbox WHERE status <> 'processed'"));
        Assert.Equal(2 * perInstance, _db.Scalar("SELECT count(*) FROM inbox"));
        var chain = (await _b.Get<ReceiptStore>().VerifyAsync(null, default)).Single();
        Assert.True(chain.IsIntact);
        Assert.Equal(2 * perInstance, chain.Count);
    }

    [Fact]
    public async Task A_chat_another_instance_moved_to_another_group_is_routed_there_at_once()
    {
        await Sink(_a).SubmitAsync(Some.Text("u1", "before"), default);
        await Sink(_b).SubmitAsync(Some.Text("o1", "other", Some.OtherGroupChat), default);
        // Instance B links the chat into the other group (what a confirmed /link does in B's transaction).
        using (
            var session = await _b.Get<CivBot.Storage.Pipeline.WriterConnection>()
                .BeginAsync(default)
        )
        {
            session.RebindChat(
                Some.GroupChat,
                Some.GroupOf(Some.OtherGroupChat),
                _time.GetUtcNow()
            );
            session.Commit();
        }

        await Sink(_a).SubmitAsync(Some.Text("u2", "after"), default);

        Assert.Equal(
            ["other", "after"],
            _db.Column(
                $"SELECT summary FROM receipts WHERE group_id = '{Some.GroupOf(Some.OtherGroupChat)}' ORDER BY seq"
            )
        );
        Assert.Equal(["before"], Summaries());
    }

    [Fact]
    public async Task Two_dispatchers_send_every_message_once_each_chat_by_one_of_them_in_order()
    {
        var chats = Enumerable
            .Range(1, 6)
            .Select(i => new ChatAddress("telegram", $"-10{i}"))
            .ToList();
        for (var n = 1; n <= 10; n++)
            foreach (var chat in chats)
                await Sink(_a).SubmitAsync(Some.Text($"{chat.ChatId}:{n}", $"{n}", chat), default);

        var sent = await Task.WhenAll(
            _a.Get<OutboxDispatcher>().DispatchDueAsync(default),
            _b.Get<OutboxDispatcher>().DispatchDueAsync(default),
            _b.Get<OutboxDispatcher>().DispatchDueAsync(default),
            _a.Get<OutboxDispatcher>().DispatchDueAsync(default)
        );
        // Whatever one pass left (a chat claimed by the other at that moment) the next pass sends.
        var more =
            await _a.Get<OutboxDispatcher>().DispatchDueAsync(default)
            + await _b.Get<OutboxDispatcher>().DispatchDueAsync(default);

        var delivered = _senderA.Delivered.Concat(_senderB.Delivered).ToList();
        Assert.Equal(60, sent.Sum() + more);
        Assert.Equal(60, delivered.Count);
        Assert.Equal(60, delivered.Select(m => m.Id).Distinct().Count());
        foreach (var sender in new[] { _senderA, _senderB })
        {
            foreach (var chat in sender.Delivered.GroupBy(m => m.Chat))
                Assert.Equal(chat.Select(m => m.Id).Order(), chat.Select(m => m.Id));
        }
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM outbox WHERE status <> 'sent'"));
    }

    [Fact]
    public async Task A_dead_instances_claim_on_a_chat_is_taken_over_once_its_lease_runs_out()
    {
        foreach (var n in Enumerable.Range(1, 3))
            await Sink(_a).SubmitAsync(Some.Text($"u{n}", $"{n}"), default);
        // Instance A claims the chat and hangs in the middle of the first send, then "dies".
        var hung = new TaskCompletionSource<SendResult?>();
        _senderA.RespondAsync = (_, _) => hung.Task;
        var dying = _a.Get<OutboxDispatcher>().DispatchDueAsync(default);
        await _senderA.WhenAttempted(1);

        Assert.Equal(0, await _b.Get<OutboxDispatcher>().DispatchDueAsync(default));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await _b.Get<OutboxDispatcher>().DispatchDueAsync(default));
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(3, await _b.Get<OutboxDispatcher>().DispatchDueAsync(default));

        Assert.Equal(["ok: 1", "ok: 2", "ok: 3"], _senderB.Delivered.Select(m => m.Reply.Text));
        Assert.Equal(
            ["instance-b", "instance-b", "instance-b"],
            _db.Column("SELECT claimed_by FROM outbox ORDER BY id")
        );
        // A's send comes back after all (the one duplicate a dead-ish instance can cause); A stops at once: its claim is gone.
        hung.SetResult(null);
        Assert.Equal(1, await dying);
        Assert.Single(_senderA.Attempts);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM outbox WHERE status <> 'sent'"));
    }

    [Fact]
    public async Task A_due_timer_is_fired_by_one_instance_and_a_dead_instances_claim_runs_out()
    {
        await Sink(_a).SubmitAsync(Some.Text("u1", "schedule 5"), default);
        _time.Advance(TimeSpan.FromMinutes(5));

        var fired = await Task.WhenAll(
            _a.Get<TimerScheduler>().FireDueAsync(default),
            _b.Get<TimerScheduler>().FireDueAsync(default)
        );

        Assert.Equal(1, fired.Sum());
        Assert.Equal(["schedule 5", "timer fired for 5"], Summaries());
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM timers WHERE fired"));

        // A timer claimed by an instance that died before firing it is fired by another once the lease runs out.
        await Sink(_a).SubmitAsync(Some.Text("u2", "schedule 1"), default);
        _time.Advance(TimeSpan.FromMinutes(1));
        _db.Execute(
            "UPDATE timers SET claimed_by = 'dead', lease_until = "
                + $"{_time.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds()} WHERE NOT fired"
        );
        Assert.Equal(0, await _b.Get<TimerScheduler>().FireDueAsync(default));
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await _b.Get<TimerScheduler>().FireDueAsync(default));
        Assert.Equal("timer fired for 1", Summaries()[^1]);
    }
}
