namespace CivBot.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// The memory check: the composed host (Telegram webhook + SMS) in this process, hit by a burst of oversized and
/// malformed requests on loopback: eight concurrent 28 MB form posts, eight 28 MB chunked updates, and thousands of
/// small malformed ones. Reports the process's RSS before, at its peak during the burst, and after.
/// </summary>
internal static class HostileBurst
{
    public static async Task<(double Before, double Peak, double After)> RunAsync(string dir)
    {
        await using var host = await WebhookHost.StartAsync(Path.Combine(dir, "hostile.db"));
        var port = host.Port;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // Warm up every path once, so the baseline already holds the code and pools a quiet day uses.
        await BurstAsync(port, http, big: 1, small: 50);
        var before = SettledRss();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss());
                await Task.Delay(20);
            }
        });
        await BurstAsync(port, http, big: 8, small: 4000);
        await sampling.CancelAsync();
        await sampler;
        return (before, peak, SettledRss());
    }

    private static async Task BurstAsync(int port, HttpClient http, int big, int small)
    {
        var form = Headers("application/x-www-form-urlencoded", null);
        var json = Headers("application/json", WebhookHost.TelegramSecret);
        var tasks = new List<Task>();
        for (var i = 0; i < big; i++)
        {
            tasks.Add(RawPostAsync(port, "/sms/twilio", form, 28 << 20, chunked: false));
            tasks.Add(RawPostAsync(port, "/telegram/webhook", json, 28 << 20, chunked: true));
        }
        var next = 0;
        tasks.AddRange(
            Enumerable
                .Range(0, 16)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        while (Interlocked.Increment(ref next) <= small)
                            await SmallAsync(http, port, next);
                    })
                )
        );
        await Task.WhenAll(tasks);
    }

    private static async Task SmallAsync(HttpClient http, int port, int n)
    {
        var url = $"http://127.0.0.1:{port}";
        using var request = (n % 4) switch
        {
            0 => Post(
                url + "/sms/twilio",
                "Body=" + new string('v', 60_000),
                "application/x-www-form-urlencoded"
            ),
            1 => Post(
                url + "/sms/twilio",
                string.Join('&', Enumerable.Range(0, 500).Select(i => $"k{i}=1")),
                "application/x-www-form-urlencoded"
            ),
            2 => Post(
                url + "/telegram/webhook",
                "{\"update_id\":\"" + n + "\",\"message\":{\"text\":\"\\ud800\"}}",
                "application/json"
            ),
            _ => Post(url + "/telegram/webhook", new string('[', 5000), "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookHost.TelegramSecret);
        using var response = await http.SendAsync(request);
    }

    private static HttpRequestMessage Post(string url, string body, string type) =>
        new(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, type) };

    private static string Headers(string type, string? secret) =>
        $"Content-Type: {type}\r\n"
        + (secret is null ? "" : $"X-Telegram-Bot-Api-Secret-Token: {secret}\r\n");

    /// <summary>
    /// Writes up to <paramref name="length"/> bytes until the server answers; returns once it has (or after 60 s, so a
    /// server that stops reading without answering cannot hang the run).
    /// </summary>
    private static async Task RawPostAsync(
        int port,
        string path,
        string headers,
        int length,
        bool chunked
    )
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, limit.Token);
        var stream = client.GetStream();
        var head =
            $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {length}\r\n")
            + "Connection: close\r\n\r\n";
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(limit.Token);
        var answer = stream.ReadAsync(new byte[512], limit.Token).AsTask();
        _ = answer.ContinueWith(_ => writing.Cancel(), TaskScheduler.Default);
        var piece = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        var size = Encoding.ASCII.GetBytes(
            piece.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"
        );
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), writing.Token);
            for (var sent = 0; sent < length; sent += piece.Length)
            {
                if (chunked)
                    await stream.WriteAsync(size, writing.Token);
                await stream.WriteAsync(piece, writing.Token);
                if (chunked)
                    await stream.WriteAsync("\r\n"u8.ToArray(), writing.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException) { }
        try
        {
            await answer;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException) { }
    }

    internal static double SettledRss()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Thread.Sleep(500);
        return Rss();
    }

    private static double Rss()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64 / 1024.0 / 1024.0;
    }
}
