namespace CivBot.Discord.Gateway;

using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

internal sealed partial class GatewaySession
{
    private const int ResumableClose = 4000;

    // A dispatch whose handler keeps failing is skipped after this many tries, so one bad event cannot stall the bot.
    private const int MaxHandlerTries = 3;

    private long? _failingSequence;
    private int _failingTries;

    /// <summary>One connection, from Hello to its end. Ready is true once READY or RESUMED arrived on it.</summary>
    private async Task<(GatewayOutcome Outcome, bool Ready)> ConnectAsync(
        string url,
        bool resume,
        CancellationToken cancellationToken
    )
    {
        using var client = new ClientWebSocket();
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connect.CancelAfter(timing.ConnectTimeout);
            await client.ConnectAsync(new Uri(url), connect.Token);
        }
        using var socket = new GatewaySocket(client);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var beat = new HeartbeatState();
        Task heartbeats = Task.CompletedTask;
        var ready = false;
        try
        {
            while (true)
            {
                JsonElement? received;
                try
                {
                    received = await socket.ReceiveAsync(connection.Token);
                }
                catch (Exception e)
                    when (e is WebSocketException or JsonException
                        && !cancellationToken.IsCancellationRequested
                    )
                {
                    return (Dropped(beat, e.Message), ready);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return (Dropped(beat, "connection closed"), ready);
                }
                if (received is not { } frame)
                    return (await ClosedAsync(socket, beat), ready);
                var op = frame.GetProperty("op").GetInt32();
                switch (op)
                {
                    case GatewayOpcode.Hello:
                        var interval = TimeSpan.FromMilliseconds(
                            frame.GetProperty("d").GetProperty("heartbeat_interval").GetDouble()
                        );
                        heartbeats = HeartbeatAsync(socket, beat, interval, connection.Token);
                        if (resume)
                            await socket.SendAsync(
                                GatewayOpcode.Resume,
                                ResumePayload(),
                                connection.Token
                            );
                        else
                            await socket.SendAsync(
                                GatewayOpcode.Identify,
                                IdentifyPayload(),
                                connection.Token
                            );
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        beat.Acked = true;
                        break;
                    case GatewayOpcode.Heartbeat:
                        await socket.SendAsync(
                            GatewayOpcode.Heartbeat,
                            SequenceNode(),
                            connection.Token
                        );
                        break;
                    case GatewayOpcode.Reconnect:
                        await socket.CloseAsync(ResumableClose, "reconnect requested");
                        return (
                            new GatewayOutcome(
                                GatewayNext.Resume,
                                "Discord asked to reconnect",
                                Immediately: true
                            ),
                            ready
                        );
                    case GatewayOpcode.InvalidSession:
                        var resumable =
                            frame.TryGetProperty("d", out var d)
                            && d.ValueKind == JsonValueKind.True;
                        await socket.CloseAsync(ResumableClose, "invalid session");
                        return (
                            resumable
                                ? new GatewayOutcome(
                                    GatewayNext.Resume,
                                    "invalid session (resumable)",
                                    Immediately: true
                                )
                                : new GatewayOutcome(
                                    GatewayNext.Identify,
                                    "invalid session (not resumable)"
                                ),
                            ready
                        );
                    case GatewayOpcode.Dispatch:
                        var type = frame.GetProperty("t").GetString() ?? "";
                        if (type is "READY" or "RESUMED")
                            ready = Connected = true;
                        if (!await DispatchAsync(type, frame, connection.Token))
                        {
                            await socket.CloseAsync(ResumableClose, "event not handled");
                            return (
                                new GatewayOutcome(
                                    GatewayNext.Resume,
                                    $"{type} not handled; replaying it"
                                ),
                                ready
                            );
                        }
                        break;
                }
            }
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeats.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>False when the handler failed: the sequence stays before the event, so a resume replays it.</summary>
    private async Task<bool> DispatchAsync(
        string type,
        JsonElement frame,
        CancellationToken cancellationToken
    )
    {
        var data = frame.TryGetProperty("d", out var d) ? d : default;
        long? sequence =
            frame.TryGetProperty("s", out var s) && s.TryGetInt64(out var n) ? n : null;
        if (type == "READY")
        {
            SessionId = data.GetProperty("session_id").GetString();
            ResumeUrl = data.TryGetProperty("resume_gateway_url", out var r) ? r.GetString() : null;
            logger.LogInformation("Discord gateway session ready");
        }
        else if (type == "RESUMED")
            logger.LogInformation(
                "Discord gateway session resumed at sequence {Sequence}",
                Sequence
            );
        try
        {
            await events.HandleAsync(type, data, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _failingTries = _failingSequence == sequence ? _failingTries + 1 : 1;
            _failingSequence = sequence;
            if (_failingTries < MaxHandlerTries)
            {
                logger.LogWarning(
                    "Discord {Type} event {Sequence} was not handled ({Reason}); it will be replayed",
                    type,
                    sequence,
                    e.Message
                );
                return false;
            }
            logger.LogError(
                e,
                "Discord {Type} event {Sequence} failed {Tries} times and is skipped",
                type,
                sequence,
                _failingTries
            );
        }
        if (sequence is { } value)
            Sequence = value;
        return true;
    }

    /// <summary>Beats every interval, the first after interval × jitter. A beat whose predecessor got no ACK ends the connection.</summary>
    private async Task HeartbeatAsync(
        GatewaySocket socket,
        HeartbeatState beat,
        TimeSpan interval,
        CancellationToken cancellationToken
    )
    {
        var wait = interval * timing.Jitter();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(wait, time, cancellationToken);
            wait = interval;
            if (!beat.Acked)
            {
                beat.Zombie = true;
                logger.LogWarning("Discord gateway missed a heartbeat ACK; reconnecting");
                await socket.CloseAsync(ResumableClose, "heartbeat ACK missing");
                return;
            }
            beat.Acked = false;
            await socket.SendAsync(GatewayOpcode.Heartbeat, SequenceNode(), cancellationToken);
        }
    }

    private async Task<GatewayOutcome> ClosedAsync(GatewaySocket socket, HeartbeatState beat)
    {
        var code = socket.CloseCode ?? 0;
        await socket.CloseAsync(code is >= 1000 and < 5000 ? code : 1000, "");
        if (beat.Zombie)
            return new GatewayOutcome(GatewayNext.Resume, "heartbeat ACK missing");
        if (GatewayCloseCodes.Fatal(code) is { } fatal)
            return new GatewayOutcome(GatewayNext.Stop, fatal) { CloseCode = code };
        if (GatewayCloseCodes.EndsSession(code))
            return new GatewayOutcome(GatewayNext.Identify, $"closed with {code}, session ended");
        return new GatewayOutcome(GatewayNext.Resume, $"closed with {code}");
    }

    private static GatewayOutcome Dropped(HeartbeatState beat, string reason) =>
        new(GatewayNext.Resume, beat.Zombie ? "heartbeat ACK missing" : $"dropped: {reason}");

    private JsonNode? SequenceNode() => Sequence is { } s ? JsonValue.Create(s) : null;

    private JsonObject IdentifyPayload() =>
        new()
        {
            ["token"] = _token,
            ["intents"] = Intents,
            ["properties"] = new JsonObject
            {
                ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(),
                ["browser"] = "civbot",
                ["device"] = "civbot",
            },
        };

    private JsonObject ResumePayload() =>
        new()
        {
            ["token"] = _token,
            ["session_id"] = SessionId,
            ["seq"] = SequenceNode(),
        };

    private sealed class HeartbeatState
    {
        public volatile bool Acked = true;
        public volatile bool Zombie;
    }
}
