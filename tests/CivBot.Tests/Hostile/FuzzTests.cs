namespace CivBot.Tests.Hostile;

using System.Diagnostics;
using System.Text;
using CivBot.Tests.Support;
using Microsoft.Extensions.Logging;

/// <summary>
/// Seeded fuzzing, bounded in count and time: random and mutated bodies for every webhook endpoint of the composed host,
/// and random playground lines. Never a 5xx, never an error or exception in the log, and a refused request changes
/// nothing. The seed is fixed, so a failure replays.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 11;
    private const int MaxRequests = 1500;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(25);

    private static readonly string[] Seeds =
    [
        Requests.Update(1, chatId: "-100300"),
        """{"update_id":2,"message":{"message_id":2,"date":1767225600,"chat":{"id":-100300,"type":"supergroup","title":"G","is_forum":true},"message_thread_id":7,"is_topic_message":true,"from":{"id":8,"is_bot":false,"username":"bo"},"text":"/ask Need a ride +1 555 777 0120"}}""",
        """{"update_id":3,"callback_query":{"id":"q1","from":{"id":8,"is_bot":false,"first_name":"Bo"},"message":{"message_id":5,"chat":{"id":-100300,"type":"supergroup"}},"data":"v:1:2"}}""",
        """{"update_id":4,"message":{"message_id":4,"chat":{"id":-100300,"type":"supergroup"},"new_chat_members":[{"id":9,"is_bot":false,"first_name":"Cy"}]}}""",
        """{"update_id":5,"message":{"message_id":4,"chat":{"id":-100300,"type":"group"},"migrate_to_chat_id":-100301}}""",
    ];

    private static readonly string[] Pieces =
    [
        "\0",
        "\\u0000",
        "\\ud800",
        "\\udfff",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "null",
        "true",
        "-1",
        "1e999",
        "\"1\"",
        "\u00ff",
        "\\",
        "%",
        "%00",
        "%zz",
        "&",
        "=",
        "+",
        "\r\n",
        "/vote",
        "/ask ",
        "😀",
    ];

    [Fact]
    public async Task Random_and_mutated_requests_never_get_a_5xx_or_an_error_and_refused_ones_change_nothing()
    {
        await using var host = await WebhookHost.StartAsync();
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var seen = host.Logs.Entries.Count;
        var sent = 0;
        for (; sent < MaxRequests && clock.Elapsed < MaxTime; sent++)
        {
            var before = Snapshot(host);
            var (endpoint, status) = random.Next(10) switch
            {
                < 5 => ("telegram", await TelegramAsync(host, random)),
                < 8 => ("sms", await SmsAsync(host, random, "/sms/twilio")),
                _ => ("sms status", await SmsAsync(host, random, "/sms/twilio/status")),
            };
            Assert.True(status < 500, $"request {sent} to {endpoint} got {status}");
            if (status >= 400)
                Assert.Equal(before, Snapshot(host));
        }

        var problems = host
            .Logs.Entries.Skip(seen)
            .Where(WebhookHost.IsAboutRequests)
            .Where(e => e.Exception is not null || e.Level >= LogLevel.Error)
            .Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")
            .ToList();
        Assert.Empty(problems);
        Assert.True(sent >= 200, $"only {sent} requests in {MaxTime}");
    }

    [Fact]
    public async Task Random_playground_lines_never_crash_it()
    {
        var random = new Random(Seed);
        var lines = new List<string>();
        string[] names = ["ann", "bo", "cy"];
        string[] starts =
        [
            "/ask ",
            "/vote ",
            "/status",
            "/undo",
            "/help",
            "/claim ",
            "/spend ",
            ":wait ",
            ":",
            "//",
        ];
        for (var i = 0; i < 300; i++)
        {
            var start = starts[random.Next(starts.Length)];
            var tail = Mutate(random, random.Next(3) == 0 ? "12w" : "2 Need a ride", 3);
            lines.Add(
                start.StartsWith(':') || start.StartsWith('/') && random.Next(4) == 0
                    ? start + tail
                    : $"{names[random.Next(names.Length)]}: {start}{tail}"
            );
        }
        using var db = new TempDb();

        var output = await Playground.RunAsync(db.Path, "cociv-loop", [.. lines]);

        Assert.NotEmpty(output);
        Assert.All(output, l => Assert.DoesNotContain("Exception", l, StringComparison.Ordinal));
    }

    private static async Task<int> TelegramAsync(WebhookHost host, Random random)
    {
        var body = Mutate(random, Seeds[random.Next(Seeds.Length)], random.Next(6));
        var bytes = Encoding.UTF8.GetBytes(body);
        if (random.Next(8) == 0)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        var type = random.Next(12) == 0 ? "text/plain" : "application/json";
        var secret = random.Next(15) == 0 ? "wrong" : WebhookHost.TelegramSecret;
        return await Requests.TelegramAsync(host, bytes, type, secret);
    }

    private static async Task<int> SmsAsync(WebhookHost host, Random random, string path)
    {
        var fields = new List<string>();
        string[] keys =
        [
            "MessageSid",
            "From",
            "To",
            "Body",
            "NumMedia",
            "MediaUrl0",
            "MessageStatus",
            "ErrorCode",
        ];
        for (var i = random.Next(12); i > 0; i--)
        {
            var key =
                random.Next(5) == 0 ? Mutate(random, "Key", 2) : keys[random.Next(keys.Length)];
            fields.Add(key + "=" + Mutate(random, "+15005550001", random.Next(4)));
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('&', fields));
        if (bytes.Length > 0 && random.Next(6) == 0)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        var type = random.Next(10) switch
        {
            0 => "multipart/form-data",
            1 => "multipart/form-data; boundary=x",
            2 => "application/json",
            _ => "application/x-www-form-urlencoded",
        };
        return await Requests.SmsAsync(
            host,
            bytes,
            type,
            path,
            random.Next(4) == 0 ? "c2lnbmF0dXJl" : null
        );
    }

    /// <summary>Inserts, deletes and replaces pieces that are known to upset parsers.</summary>
    private static string Mutate(Random random, string text, int times)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < times; i++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(
                        Math.Min(at, builder.Length - 1),
                        Math.Min(
                            random.Next(1, 8),
                            builder.Length - Math.Min(at, builder.Length - 1)
                        )
                    );
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0, 0xFFFF));
                    break;
            }
        }
        return builder.ToString();
    }

    private static (long, long, long) Snapshot(WebhookHost host) =>
        (
            host.Db.Count("SELECT COUNT(*) FROM inbox"),
            host.Db.Count("SELECT COUNT(*) FROM outbox"),
            host.Db.Count("SELECT COUNT(*) FROM receipts")
        );
}
