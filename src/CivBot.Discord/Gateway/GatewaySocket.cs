namespace CivBot.Discord.Gateway;

using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>JSON frames over one ClientWebSocket: whole messages in, serialized sends out (heartbeats and events share it).</summary>
internal sealed class GatewaySocket(ClientWebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public WebSocketState State => socket.State;

    public int? CloseCode => (int?)socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    /// <summary>The next frame, or null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
                break;
        }
        buffer.Position = 0;
        using var document = await JsonDocument.ParseAsync(
            buffer,
            cancellationToken: cancellationToken
        );
        return document.RootElement.Clone();
    }

    public async Task SendAsync(int op, JsonNode? data, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(
            new JsonObject { ["op"] = op, ["d"] = data }
        );
        await _send.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>
    /// Best effort, bounded: a code other than 1000/1001 keeps the session resumable. A dead peer never answers the
    /// close, so the socket is aborted after a short wait either way.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cts.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException) { }
        finally
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _send.Dispose();
    }
}
