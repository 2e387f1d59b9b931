namespace CivBot.Discord.Tests.Support;

using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

/// <summary>
/// The server side of one gateway connection in the loopback gateway. Heartbeats are collected (and ACKed while
/// <see cref="AutoAck"/>); every other frame the bot sends is read with <see cref="NextAsync"/>.
/// </summary>
public sealed class GatewayPeer : IDisposable
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    public GatewayPeer(WebSocket socket, string path)
    {
        _socket = socket;
        Path = path;
    }

    /// <summary>The URL path the bot connected to (<c>/gateway</c> or <c>/resume</c>).</summary>
    public string Path { get; }

    public bool AutoAck { get; set; } = true;

    public List<JsonElement> Heartbeats { get; } = [];

    /// <summary>The close code the bot sent (null when it dropped the connection without one).</summary>
    public Task<int?> Closed => _closed.Task;

    internal async Task PumpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult((int?)result.CloseStatus);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    lock (Heartbeats)
                        Heartbeats.Add(frame);
                    if (AutoAck)
                        await SendAsync(new JsonObject { ["op"] = 11 });
                }
                else
                    await _frames.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            _closed.TrySetResult(null);
        }
    }

    public int HeartbeatCount
    {
        get
        {
            lock (Heartbeats)
                return Heartbeats.Count;
        }
    }

    /// <summary>The bot's next frame other than a heartbeat (5 s at most unless told).</summary>
    public async Task<JsonElement> NextAsync(double seconds = 5)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _frames.Reader.ReadAsync(cts.Token);
    }

    public Task HelloAsync(int intervalMs) =>
        SendAsync(
            new JsonObject
            {
                ["op"] = 10,
                ["d"] = new JsonObject { ["heartbeat_interval"] = intervalMs },
            }
        );

    public Task DispatchAsync(long sequence, string type, JsonNode data) =>
        SendAsync(
            new JsonObject
            {
                ["op"] = 0,
                ["s"] = sequence,
                ["t"] = type,
                ["d"] = data,
            }
        );

    public Task ReadyAsync(
        long sequence,
        string sessionId,
        string resumeUrl,
        string botId = "900",
        string appId = "800"
    ) =>
        DispatchAsync(
            sequence,
            "READY",
            new JsonObject
            {
                ["v"] = 10,
                ["session_id"] = sessionId,
                ["resume_gateway_url"] = resumeUrl,
                ["user"] = new JsonObject
                {
                    ["id"] = botId,
                    ["username"] = "CivBot",
                    ["bot"] = true,
                },
                ["guilds"] = new JsonArray(),
                ["application"] = new JsonObject { ["id"] = appId, ["flags"] = 0 },
            }
        );

    public Task OpAsync(int op, JsonNode? data) =>
        SendAsync(new JsonObject { ["op"] = op, ["d"] = data });

    public async Task CloseAsync(int code)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", cts.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException) { }
    }

    public void Dispose() => _send.Dispose();

    /// <summary>Drops the TCP connection without a close frame, as a network failure would.</summary>
    public void Drop() => _socket.Abort();

    private async Task SendAsync(JsonObject frame)
    {
        await _send.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.SendAsync(
                    Encoding.UTF8.GetBytes(frame.ToJsonString()),
                    WebSocketMessageType.Text,
                    true,
                    CancellationToken.None
                );
        }
        catch (WebSocketException) { }
        finally
        {
            _send.Release();
        }
    }
}
