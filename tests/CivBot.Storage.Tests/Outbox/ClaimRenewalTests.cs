namespace CivBot.Storage.Tests.Outbox;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Tests.Support;
using CivBot.Testing;

/// <summary>
/// Two instances' dispatchers on one database, on a clock whose timers fire only when the test moves it: a send that
/// waits on the platform's rate limit longer than the 30 s claim lease (a Telegram group takes 20 messages a minute)
/// keeps its chat, and one whose claim was taken over meanwhile is called off.
/// </summary>
public abstract class ClaimRenewalTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RateLimitWait = TimeSpan.FromSeconds(45);

    private readonly ManualTimeProvider _time = new() { ControlsTimers = true };
    private readonly FakeChannelSender _senderA = new("telegram");
    private readonly FakeChannelSender _senderB = new("telegram");
    private TempDatabase _db = null!;
    private StorageHarness _a = null!;
    private StorageHarness _b = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
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

    /// <summary>A's first send waits on the clock as a rate limiter would; later ones go at once.</summary>
    private void FirstSendWaitsOnTheRateLimit()
    {
        var first = true;
        _senderA.RespondAsync = async (_, cancellationToken) =>
        {
            if (first)
            {
                first = false;
                await Task.Delay(RateLimitWait, _time, cancellationToken);
            }
            return null;
        };
    }

    private async Task QueueTwoMessagesAsync()
    {
        foreach (var n in new[] { 1, 2 })
            await _a.Get<IInboundSink>().SubmitAsync(Some.Text($"u{n}", $"{n}"), default);
    }

    /// <summary>Waits (bounded) until something on the clock is due at <paramref name="at"/>: the renewal has re-armed.</summary>
    private Task TimerDueAtAsync(DateTimeOffset at) =>
        Conditions.WaitUntilAsync(
            () => _time.HasTimerDueAt(at),
            Bound,
            () => $"something to wait on the clock for {at:T}"
        );

    [Fact]
    public async Task A_send_waiting_on_the_rate_limit_longer_than_the_lease_keeps_its_chat_and_is_sent_once()
    {
        await QueueTwoMessagesAsync();
        FirstSendWaitsOnTheRateLimit();
        var start = _time.GetUtcNow();
        var dispatching = _a.Get<OutboxDispatcher>().DispatchDueAsync(default);
        // The send is waiting on the clock (the attempt is recorded just before the wait begins).
        await TimerDueAtAsync(start + RateLimitWait);

        // Every 10 s A renews its claim; B, looking every 10 s until well past the 30 s lease, finds nothing to send.
        for (var step = 1; step <= 4; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            await TimerDueAtAsync(start + TimeSpan.FromSeconds(10 * (step + 1)));
            Assert.Equal(0, await _b.Get<OutboxDispatcher>().DispatchDueAsync(default));
            Assert.Equal(
                ["instance-a"],
                _db.Column("SELECT DISTINCT claimed_by FROM outbox WHERE status = 'pending'")
            );
        }
        _time.Advance(RateLimitWait - TimeSpan.FromSeconds(40));

        Assert.Equal(2, await dispatching.WaitAsync(Bound));
        Assert.Equal(["ok: 1", "ok: 2"], _senderA.Delivered.Select(m => m.Reply.Text));
        Assert.Empty(_senderB.Attempts);
        Assert.Equal(2, _senderA.Attempts.Count);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM outbox WHERE status <> 'sent'"));
        Assert.Equal(
            0,
            _db.Scalar(
                "SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL AND status = 'pending'"
            )
        );
    }

    [Fact]
    public async Task A_send_whose_claim_another_instance_took_over_while_it_waited_is_called_off_unsent()
    {
        await QueueTwoMessagesAsync();
        FirstSendWaitsOnTheRateLimit();
        var dispatching = _a.Get<OutboxDispatcher>().DispatchDueAsync(default);
        await TimerDueAtAsync(_time.GetUtcNow() + RateLimitWait);

        // A was cut off from the database for a whole lease, and B took the chat over meanwhile.
        var until = _time.GetUtcNow().AddSeconds(40).ToUnixTimeMilliseconds();
        _db.Execute($"UPDATE outbox SET claimed_by = 'instance-b', lease_until = {until}");
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, await dispatching.WaitAsync(Bound));
        Assert.Empty(_senderA.Delivered);
        Assert.Single(_senderA.Attempts);
        Assert.Equal(
            ["instance-b", "instance-b"],
            _db.Column("SELECT claimed_by FROM outbox WHERE status = 'pending' ORDER BY id")
        );
    }
}

public sealed class ClaimRenewalTestsOnSqlite() : ClaimRenewalTests(StorageProvider.Sqlite);

public sealed class ClaimRenewalTestsOnPostgres() : ClaimRenewalTests(StorageProvider.Postgres);
