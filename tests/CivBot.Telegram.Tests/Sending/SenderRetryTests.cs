namespace CivBot.Telegram.Tests.Sending;

using CivBot.Telegram.Tests.Support;

/// <summary>The real sender under the real outbox dispatcher against a loopback stub that misbehaves on purpose.</summary>
public sealed class SenderRetryTests : IAsyncLifetime
{
    private StubTelegram _stub = null!;
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubTelegram.StartAsync();
        // Send timeouts run on the test's clock: a slow machine never turns a slow answer into a timeout and a resend.
        _pipeline = await Pipeline.StartAsync(
            _stub.BaseUrl,
            sendTimeoutSeconds: SendTimeout,
            clockTimers: true
        );
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private const int SendTimeout = 5;

    private int Sends => _stub.CallsOf("sendMessage").Count();

    [Fact]
    public async Task A_429_waits_exactly_retry_after_then_sends_once()
    {
        var first = true;
        _stub.Answer = (method, _) =>
            method == "sendMessage" && first && !(first = false)
                ? StubTelegram.Error(429, "Too Many Requests: retry after 7", "{\"retry_after\":7}")
                : null;
        await _pipeline.SayAsync(1, "ann", "/status");

        Assert.Equal(0, await _pipeline.DispatchAsync());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        Assert.Equal(1, Sends);

        _pipeline.Clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(2, Sends);
        Assert.Single(_stub.Delivered);
        Assert.Equal(0, await _pipeline.DispatchAsync());
    }

    [Fact]
    public async Task A_server_error_is_retried_after_backoff_and_the_message_arrives_once()
    {
        var failures = 2;
        _stub.Answer = (method, _) =>
            method == "sendMessage" && failures-- > 0
                ? StubTelegram.Error(502, "Bad Gateway")
                : null;
        await _pipeline.SayAsync(1, "ann", "/status");

        Assert.Equal(0, await _pipeline.DispatchAsync());
        // The backoff is 1 s, then 2 s, each plus up to half again (spread per message, so retries do not bunch).
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, await _pipeline.DispatchAsync());
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await _pipeline.DispatchAsync());
        Assert.Equal(3, Sends);
        Assert.Single(_stub.Delivered);
    }

    [Fact]
    public async Task A_timeout_keeps_the_message_and_later_messages_wait_behind_it_in_order()
    {
        var hang = true;
        _stub.Answer = (method, _) =>
            method == "sendMessage" && hang && !(hang = false) ? (200, StubTelegram.Hang) : null;
        await _pipeline.SayAsync(1, "ann", "/status");
        await _pipeline.SayAsync(1, "ann", "/roles");

        var dispatch = _pipeline.DispatchAsync();
        await _stub.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _pipeline.Clock.Advance(TimeSpan.FromSeconds(SendTimeout));
        Assert.Equal(0, await dispatch);
        Assert.Equal(1, Sends);
        // How long the retry waits depends on backoff and the per-chat pace; step the clock until both arrive.
        var sent = 0;
        for (var step = 0; step < 10 && sent < 2; step++)
        {
            _pipeline.Clock.Advance(TimeSpan.FromSeconds(1));
            sent += await _pipeline.DispatchAsync();
        }
        Assert.Equal(2, sent);

        var texts = _stub.Delivered.Select(d => (string)d["text"]!).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Equal(texts[0], (string)_stub.CallsOf("sendMessage").First()["text"]!);
        Assert.NotEqual(texts[0], texts[1]);
    }

    [Fact]
    public async Task A_blocked_member_is_marked_unreachable_and_mentioned_in_the_group_instead()
    {
        await _pipeline.SayAsync(2, "bob", "/help");
        await _pipeline.SayAsync(2, "bob", "/start", inPrivate: true);
        await _pipeline.DispatchAsync();
        _stub.Answer = (method, body) =>
            method == "sendMessage" && (long)body["chat_id"]! == 2
                ? StubTelegram.Error(403, "Forbidden: bot was blocked by the user")
                : null;

        await _pipeline.SayAsync(1, "ann", "/ask Need a ride to the clinic");
        await _pipeline.DispatchAsync();
        await _pipeline.DispatchAsync();

        Assert.Contains(
            _stub.Delivered,
            d =>
                (long)d["chat_id"]! == long.Parse(Pipeline.Group)
                && ((string)d["text"]!).StartsWith(
                    "@bob You are the steward of #1",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(
            1,
            _pipeline.Db.Count("SELECT COUNT(*) FROM member_contacts WHERE reachable = 0")
        );
        Assert.Single(
            _stub.CallsOf("sendMessage"),
            b =>
                (long)b["chat_id"]! == 2
                && ((string)b["text"]!).Contains("steward", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_keeps_its_loop_and_gets_the_message_at_the_new_id()
    {
        const long Upgraded = -1009999;
        _stub.Answer = (method, body) =>
            method == "sendMessage" && (long)body["chat_id"]! == long.Parse(Pipeline.Group)
                ? StubTelegram.Error(
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    $"{{\"migrate_to_chat_id\":{Upgraded}}}"
                )
                : null;
        await _pipeline.SayAsync(1, "ann", "/ask Need a ride to the clinic");
        // A send slowed down by a loaded machine is retried later; step the clock until the ask is delivered.
        await DispatchUntilAsync(() =>
            _stub.Delivered.Any(d =>
                ((string)d["text"]!).StartsWith("📣 New ask #1 from ann", StringComparison.Ordinal)
            )
        );

        Assert.NotEmpty(_stub.Delivered);
        Assert.All(_stub.Delivered, d => Assert.Equal(Upgraded, (long)d["chat_id"]!));
        Assert.Contains(
            _stub.Delivered,
            d => ((string)d["text"]!).StartsWith("📣 New ask #1 from ann", StringComparison.Ordinal)
        );

        await _pipeline.SubmitAsync(
            new("telegram", Upgraded.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            1,
            "ann",
            "/status"
        );
        var before = _stub.Delivered.Count;
        await DispatchUntilAsync(() => _stub.Delivered.Count > before);
        Assert.Contains(
            _stub.Delivered,
            d =>
                ((string)d["text"]!).Contains("#1", StringComparison.Ordinal)
                && ((string)d["text"]!).Contains("Need a ride", StringComparison.Ordinal)
                && d != _stub.Delivered.First()
        );
        Assert.Equal(1, _pipeline.Db.Count("SELECT COUNT(*) FROM groups"));
    }

    private async Task DispatchUntilAsync(Func<bool> done)
    {
        for (var step = 0; step < 10 && !done(); step++)
        {
            await _pipeline.DispatchAsync();
            if (!done())
                _pipeline.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.True(done(), "the expected message was not delivered within ten dispatch rounds");
    }
}
