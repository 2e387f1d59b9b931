namespace CivBot.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using CivBot.Sms.Webhooks;
using Microsoft.Data.Sqlite;

/// <summary>
/// Webhook acknowledgement under a steady load: signed SMS and Telegram webhooks, half each, sent open-loop at a fixed
/// rate (a request every 1/rate s whether or not earlier ones were answered, as platforms do) to the composed host on
/// loopback and SQLite. Measures each request's time to its answer and counts the inbox rows afterwards: every
/// acknowledged update must be there.
/// </summary>
internal static class WebhookAck
{
    public sealed record Result(int Sent, int Ok, long Stored, double P50, double P99, double Max);

    /// <param name="dispatcher">
    /// False: the outbox dispatcher does not run (the replies stay queued), to tell its share of the tail from the
    /// webhooks' own.
    /// </param>
    /// <param name="warmUp">How long the open loop runs unmeasured first (0: only the 200 requests one at a time).</param>
    /// <param name="smsDown">
    /// False: the replies to the SMS senders go to a loopback Twilio that takes them (201), as a working deployment's
    /// do. True: the SMS API is a closed port, so every reply fails and is retried, as in an SMS outage.
    /// </param>
    public static async Task<Result> RunAsync(
        string dir,
        int rate,
        TimeSpan duration,
        bool dispatcher,
        bool smsDown,
        TimeSpan warmUp
    )
    {
        await using var twilio = smsDown ? null : await LoopbackTwilio.StartAsync();
        await using var host = await WebhookHost.StartAsync(
            Path.Combine(dir, "webhooks.db"),
            twilio is null
                ? null
                : new Dictionary<string, string?> { ["CivBot:Sms:ApiBaseUrl"] = twilio.Url },
            dispatcher: dispatcher
        );
        var (url, db) = (host.Url, host.Database);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        // Warm-up (not measured, not counted): every path JIT-compiled and a few connections open; then the same open
        // loop as measured for warmUp seconds, so the thread pool, the client's connections and the tiered JIT have
        // reached what a service that has run for a while has (without it the first second held a third of the slow
        // answers).
        for (var i = 0; i < 200; i++)
            await SendAsync(http, url, -1 - i);
        var warm = (int)(rate * warmUp.TotalSeconds);
        await OpenLoopAsync(
            http,
            url,
            rate,
            warm,
            n => -1000 - n,
            new double[warm],
            new double[warm]
        );
        var before = await CountInboxAsync(db);

        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var startedAt = new double[total];
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var ok = await OpenLoopAsync(http, url, rate, total, n => n, latencies, startedAt);
        var cores = (Process.GetCurrentProcess().TotalProcessorTime - cpu0) / clock.Elapsed;
        var stored = await CountInboxAsync(db) - before;
        await PrintOutboxAsync(db, dispatcher);
        Console.WriteLine(
            twilio is null
                ? "  SMS API: a closed port (every SMS reply fails and is retried)"
                : $"  SMS API: loopback Twilio, {twilio.Accepted:N0} messages accepted (201)"
        );
        Console.WriteLine(
            $"  process (host and load generator together): {cores:0.00} of {Environment.ProcessorCount} cores busy; {GC.CollectionCount(0) - collections} GCs, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms paused"
        );
        PrintStalls(latencies, startedAt);
        Array.Sort(latencies);
        return new Result(
            total,
            ok,
            stored,
            latencies[(int)(total * 0.50)],
            latencies[Math.Min(total - 1, (int)(total * 0.99))],
            latencies[^1]
        );
    }

    /// <summary>
    /// Sends <paramref name="count"/> requests at <paramref name="rate"/> a second whether or not earlier ones were
    /// answered; records each one's send time (s from the start) and time to its answer (ms); returns how many got 200.
    /// </summary>
    private static async Task<int> OpenLoopAsync(
        HttpClient http,
        string url,
        int rate,
        int count,
        Func<int, int> id,
        double[] latencies,
        double[] startedAt
    )
    {
        var ok = 0;
        var tasks = new Task[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait);
            var n = i;
            tasks[i] = Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                startedAt[n] = clock.Elapsed.TotalSeconds;
                var status = await SendAsync(http, url, id(n));
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (status == HttpStatusCode.OK)
                    Interlocked.Increment(ref ok);
            });
        }
        await Task.WhenAll(tasks);
        return ok;
    }

    /// <summary>
    /// Where the slow answers (over 10 ms) came from: spread out, or in bursts (requests sent within 50 ms of each other,
    /// as a pause of the whole process, a checkpoint or another process taking the cores would make).
    /// </summary>
    private static void PrintStalls(double[] latencies, double[] startedAt)
    {
        var slow = Enumerable
            .Range(0, latencies.Length)
            .Where(i => latencies[i] > 10)
            .OrderBy(i => startedAt[i])
            .ToList();
        var bursts = new List<List<int>>();
        foreach (var i in slow)
        {
            if (bursts.Count > 0 && startedAt[i] - startedAt[bursts[^1][^1]] < 0.05)
                bursts[^1].Add(i);
            else
                bursts.Add([i]);
        }
        var worst = bursts
            .OrderByDescending(b => b.Count)
            .Take(5)
            .Select(b =>
                $"{b.Count} at {startedAt[b[0]]:0.0} s (up to {b.Max(i => latencies[i]):0} ms)"
            );
        Console.WriteLine(
            $"  answers over 10 ms: {slow.Count:N0} in {bursts.Count:N0} bursts; largest: {string.Join(", ", worst)}"
        );
    }

    /// <summary>Even numbers are SMS from one of 100 people, odd numbers Telegram messages in one of 50 groups.</summary>
    private static async Task<HttpStatusCode> SendAsync(HttpClient http, string url, int n)
    {
        if (n % 2 == 0)
        {
            var endpoint = url + "/sms/twilio";
            var form = new Dictionary<string, string>
            {
                ["MessageSid"] =
                    "SM" + ((long)n + 1_000_000).ToString("x32", CultureInfo.InvariantCulture),
                ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                ["From"] =
                    "+1500555" + (1000 + Math.Abs(n) % 100).ToString(CultureInfo.InvariantCulture),
                ["To"] = "+15005550006",
                ["Body"] = "hello " + n.ToString(CultureInfo.InvariantCulture),
                ["NumMedia"] = "0",
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new FormUrlEncodedContent(form),
            };
            request.Headers.Add(
                "X-Twilio-Signature",
                TwilioSignature.Compute(WebhookHost.SmsAuthToken, endpoint, form)
            );
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        var id = (long)n + 1_000_000;
        var chat = -1001000000000L - Math.Abs(n) % 50;
        var from = 1000 + Math.Abs(n) % 200;
        var update = string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"update_id\":{id},\"message\":{{\"message_id\":{id},\"from\":{{\"id\":{from},\"is_bot\":false,\"first_name\":\"P\"}},\"chat\":{{\"id\":{chat},\"type\":\"supergroup\",\"title\":\"Bench\"}},\"date\":1767225600,\"text\":\"hello {n}\"}}}}"
        );
        using var telegram = new HttpRequestMessage(HttpMethod.Post, url + "/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        telegram.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookHost.TelegramSecret);
        using var answer = await http.SendAsync(telegram);
        return answer.StatusCode;
    }

    private static async Task PrintOutboxAsync(string db, bool dispatcher)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT channel, count(*), coalesce(sum(attempts), 0) FROM outbox WHERE status = 'pending' GROUP BY channel";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            Console.WriteLine(
                $"  replies queued on {reader.GetString(0)}: {reader.GetInt64(1):N0} pending, {reader.GetInt64(2):N0} failed attempts so far (dispatcher {(dispatcher ? "on" : "off")})"
            );
    }

    private static async Task<long> CountInboxAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inbox";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
