namespace CivBot.Tests.Support;

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// One HTTP/1.1 POST written by hand on a socket, for what HttpClient will not send: a body declared far larger than
/// what follows, or a large body in chunks. The answer is read while the body is still being written, since a server
/// that refuses a body answers before it has read it.
/// </summary>
public static class RawHttp
{
    public static async Task<int> PostAsync(
        int port,
        string path,
        IReadOnlyDictionary<string, string> headers,
        byte[] body,
        bool chunked,
        long? declaredLength = null
    )
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = client.GetStream();
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        foreach (var (name, value) in headers)
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append(
            chunked
                ? "Transfer-Encoding: chunked\r\n"
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"Content-Length: {declaredLength ?? body.Length}\r\n"
                )
        );
        head.Append("Connection: close\r\n\r\n");
        var reading = ReadStatusAsync(stream, timeout.Token);
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), timeout.Token);
            for (var at = 0; at < body.Length && !reading.IsCompleted; at += 16 * 1024)
            {
                var piece = body.AsMemory(at, Math.Min(16 * 1024, body.Length - at));
                if (chunked)
                    await stream.WriteAsync(
                        Encoding.ASCII.GetBytes(
                            piece.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"
                        ),
                        timeout.Token
                    );
                await stream.WriteAsync(piece, timeout.Token);
                if (chunked)
                    await stream.WriteAsync("\r\n"u8.ToArray(), timeout.Token);
            }
            if (chunked && !reading.IsCompleted)
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), timeout.Token);
        }
        catch (IOException)
        {
            // The server stopped reading and closed: its answer is already on the way.
        }
        return await reading;
    }

    private static async Task<int> ReadStatusAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer, token);
            if (n == 0)
                break;
            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        var line = text.ToString();
        // "HTTP/1.1 413 Payload Too Large"
        return int.Parse(line.AsSpan(9, 3), CultureInfo.InvariantCulture);
    }
}
