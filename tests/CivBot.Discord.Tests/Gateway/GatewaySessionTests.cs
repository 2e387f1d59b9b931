namespace CivBot.Discord.Tests.Gateway;

using System.Text.Json;
using System.Text.Json.Nodes;
using CivBot.Discord.Gateway;
using CivBot.Discord.Tests.Support;
using Microsoft.Extensions.Options;

/// <summary>The real session against a loopback gateway that follows Discord's documented protocol, scripted per test.</summary>
public sealed class GatewaySessionTests : IAsyncLifetime, IDisposable
{
    private const string Token = "MTIz.secret-gateway-token";
    private const int Fast = 100;

    private LoopbackDiscord _discord = null!;
    private readonly RecordingEvents _events = new();
    private readonly LogRecorder _log = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(20));
    private GatewaySession _session = null!;
    private Task<int?> _run = null!;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _session = new GatewaySession(
            _events,
            Options.Create(new DiscordOptions { Token = Token, ReconnectDelaySeconds = 0.05 }),
            new GatewayTiming { Jitter = () => 0.5, ConnectTimeout = TimeSpan.FromSeconds(3) },
            TimeProvider.System,
            _log.For<GatewaySession>()
        );
        _run = _session.RunAsync(_discord.GatewayUrl, _stop.Token);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(Token, _log.All, StringComparison.Ordinal);
        await _discord.DisposeAsync();
    }

    public void Dispose() => _stop.Dispose();

    private static JsonObject Event(int n) => new() { ["n"] = n };

    /// <summary>Hello, Identify, READY (sequence 1): a session ready to lose its connection.</summary>
    private async Task<GatewayPeer> ReadyAsync(int interval = 10_000)
    {
        var peer = await _discord.NextConnectionAsync();
        await peer.HelloAsync(interval);
        Assert.Equal(2, (await peer.NextAsync()).GetProperty("op").GetInt32());
        await peer.ReadyAsync(1, "session-1", _discord.ResumeUrl);
        return peer;
    }

    private async Task<JsonElement> ExpectResumeAsync(GatewayPeer peer)
    {
        Assert.Equal("/resume", peer.Path);
        await peer.HelloAsync(10_000);
        var resume = await peer.NextAsync();
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal(Token, resume.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        return resume.GetProperty("d");
    }

    private Task WaitForEventsAsync(int count) =>
        _discord.WaitForAsync(() => _events.Numbers.Count >= count, $"{count} events");

    [Fact]
    public async Task It_identifies_with_the_needed_intents_and_heartbeats_with_the_last_sequence()
    {
        var peer = await _discord.NextConnectionAsync();
        Assert.Equal("/gateway", peer.Path);
        await peer.HelloAsync(Fast);
        var identify = await peer.NextAsync();
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        var d = identify.GetProperty("d");
        Assert.Equal(Token, d.GetProperty("token").GetString());
        Assert.Equal(37377, d.GetProperty("intents").GetInt32());
        Assert.Equal("civbot", d.GetProperty("properties").GetProperty("browser").GetString());

        await peer.ReadyAsync(1, "session-1", _discord.ResumeUrl);
        await peer.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        await _discord.WaitForAsync(() => peer.HeartbeatCount >= 3, "three heartbeats");

        Assert.Equal(["READY", "TEST"], _events.Types);
        Assert.Equal(2, peer.Heartbeats[^1].GetProperty("d").GetInt64());
        Assert.Equal("session-1", _session.SessionId);
        Assert.False(_discord.HasPendingConnection);
    }

    [Fact]
    public async Task A_heartbeat_request_is_answered_at_once()
    {
        var peer = await ReadyAsync();
        await peer.OpAsync(1, null);
        await _discord.WaitForAsync(() => peer.HeartbeatCount == 1, "the requested heartbeat");
        Assert.Equal(1, peer.Heartbeats[0].GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task A_dropped_connection_is_resumed_and_the_missed_events_arrive_once_in_order()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        first.Drop();

        var second = await _discord.NextConnectionAsync();
        var resume = await ExpectResumeAsync(second);
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        // Discord replays what was sent while the bot was away, then RESUMED, then goes on.
        await second.DispatchAsync(3, "TEST", Event(3));
        await second.DispatchAsync(4, "TEST", Event(4));
        await second.DispatchAsync(5, "RESUMED", new JsonObject());
        await second.DispatchAsync(6, "TEST", Event(6));
        await WaitForEventsAsync(4);

        Assert.Equal([2, 3, 4, 6], _events.Numbers);
        Assert.Equal(1, _events.Types.Count(t => t == "READY"));
        Assert.Equal(6, _session.Sequence);
    }

    [Fact]
    public async Task Reconnect_closes_with_a_resumable_code_and_resumes_on_the_resume_url()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        await first.OpAsync(7, null);

        var code = await first.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        var second = await _discord.NextConnectionAsync();
        var resume = await ExpectResumeAsync(second);
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task A_resumable_invalid_session_resumes()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        await first.OpAsync(9, true);

        var second = await _discord.NextConnectionAsync();
        var resume = await ExpectResumeAsync(second);
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task A_non_resumable_invalid_session_identifies_anew_on_the_gateway_url()
    {
        var first = await ReadyAsync();
        await first.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        await first.OpAsync(9, false);

        var second = await _discord.NextConnectionAsync();
        Assert.Equal("/gateway", second.Path);
        await second.HelloAsync(10_000);
        Assert.Equal(2, (await second.NextAsync()).GetProperty("op").GetInt32());
        await second.ReadyAsync(1, "session-2", _discord.ResumeUrl);
        await _discord.WaitForAsync(() => _session.SessionId == "session-2", "the new session");
        Assert.Equal(2, _events.Types.Count(t => t == "READY"));
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_treated_as_a_dead_connection_and_resumed()
    {
        var first = await _discord.NextConnectionAsync();
        first.AutoAck = false;
        await first.HelloAsync(Fast);
        Assert.Equal(2, (await first.NextAsync()).GetProperty("op").GetInt32());
        await first.ReadyAsync(1, "session-1", _discord.ResumeUrl);

        var second = await _discord.NextConnectionAsync();
        // One beat went unanswered; the bot gave up at the next one instead of sending it.
        Assert.Equal(1, first.HeartbeatCount);
        var code = await first.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(code is null or not (1000 or 1001), $"closed with {code}");
        var resume = await ExpectResumeAsync(second);
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());
        Assert.Contains("heartbeat ACK", _log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_the_bot_failed_to_handle_is_replayed_after_a_resume()
    {
        var first = await ReadyAsync();
        _events.FailNext = true;
        await first.DispatchAsync(2, "TEST", Event(2));

        var second = await _discord.NextConnectionAsync();
        var resume = await ExpectResumeAsync(second);
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());
        await second.DispatchAsync(2, "TEST", Event(2));
        await WaitForEventsAsync(1);
        Assert.Equal([2], _events.Numbers);
    }

    [Fact]
    public async Task A_close_code_that_forbids_reconnecting_stops_the_session_with_a_clear_log_line()
    {
        var peer = await _discord.NextConnectionAsync();
        await peer.HelloAsync(10_000);
        await peer.NextAsync();
        await peer.CloseAsync(4014);

        Assert.Equal(4014, await _run.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(300);
        Assert.False(_discord.HasPendingConnection);
        var line = Assert
            .Single(_log.Entries, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error)
            .Message;
        Assert.Contains("4014", line, StringComparison.Ordinal);
        Assert.Contains("Message Content intent", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinary_close_code_is_resumed()
    {
        var first = await ReadyAsync();
        await first.CloseAsync(4000);
        var second = await _discord.NextConnectionAsync();
        await ExpectResumeAsync(second);
        Assert.False(_run.IsCompleted);
    }
}
