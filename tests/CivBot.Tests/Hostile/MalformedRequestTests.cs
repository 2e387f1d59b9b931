namespace CivBot.Tests.Hostile;

using System.Text;
using CivBot.Tests.Support;
using Microsoft.Extensions.Logging;

/// <summary>
/// Each malformed request from the field, replayed on real HTTP against the composed host: it gets a clear 4xx, one
/// warning line (never an error or an exception in the log), and changes nothing.
/// </summary>
public sealed class MalformedRequestTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private WebhookHost Host => fixture.Host;

    private static readonly Dictionary<string, string> JsonHeaders = new()
    {
        ["Content-Type"] = "application/json",
        ["X-Telegram-Bot-Api-Secret-Token"] = WebhookHost.TelegramSecret,
    };

    private static readonly Dictionary<string, string> FormHeaders = new()
    {
        ["Content-Type"] = "application/x-www-form-urlencoded",
    };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] BigUpdate(int bytes) =>
        Bytes(
            $$$"""{"update_id":9,"message":{"chat":{"id":5},"text":"{{{new string('a', bytes)}}}"}}"""
        );

    private static byte[] Fields(int count, int valueLength) =>
        Bytes(
            string.Join(
                '&',
                Enumerable.Range(0, count).Select(i => $"F{i}={new string('x', valueLength)}")
            )
        );

    private static readonly Dictionary<
        string,
        (Func<WebhookHost, Task<int>> Send, int Status)
    > Cases = new()
    {
        ["telegram: 28 MB declared"] = (
            h =>
                RawHttp.PostAsync(
                    h.Port,
                    "/telegram/webhook",
                    JsonHeaders,
                    BigUpdate(64 * 1024),
                    chunked: false,
                    declaredLength: 28L << 20
                ),
            413
        ),
        ["telegram: 3 MB chunked"] = (
            h =>
                RawHttp.PostAsync(
                    h.Port,
                    "/telegram/webhook",
                    JsonHeaders,
                    BigUpdate(3 << 20),
                    chunked: true
                ),
            413
        ),
        ["telegram: not JSON"] = (
            h => Requests.TelegramAsync(h, Bytes("update_id=1"), "text/plain"),
            415
        ),
        ["telegram: no content type"] = (
            h =>
                RawHttp.PostAsync(
                    h.Port,
                    "/telegram/webhook",
                    new Dictionary<string, string>
                    {
                        ["X-Telegram-Bot-Api-Secret-Token"] = WebhookHost.TelegramSecret,
                    },
                    Bytes("{}"),
                    chunked: false
                ),
            415
        ),
        ["telegram: truncated JSON"] = (h => Requests.TelegramAsync(h, "{\"update_id\":"), 400),
        ["telegram: NUL characters"] = (
            h => Requests.TelegramAsync(h, "{\"update_id\":1\0\0}"),
            400
        ),
        ["telegram: nested a thousand deep"] = (
            h => Requests.TelegramAsync(h, new string('[', 1000) + new string(']', 1000)),
            400
        ),
        ["telegram: an array, not an update"] = (h => Requests.TelegramAsync(h, "[]"), 400),
        ["telegram: no update_id"] = (h => Requests.TelegramAsync(h, "{\"message\":{}}"), 400),
        ["sms: multipart without a boundary"] = (
            h => Requests.SmsAsync(h, Bytes("Body=hi"), "multipart/form-data"),
            415
        ),
        ["sms: JSON"] = (
            h => Requests.SmsAsync(h, Bytes("{\"Body\":\"hi\"}"), "application/json"),
            415
        ),
        ["sms: too many fields"] = (
            h => Requests.SmsAsync(h, Fields(300, 1), "application/x-www-form-urlencoded"),
            400
        ),
        ["sms: oversized key"] = (
            h =>
                Requests.SmsAsync(
                    h,
                    Bytes(new string('k', 5000) + "=1"),
                    "application/x-www-form-urlencoded"
                ),
            400
        ),
        ["sms: oversized value"] = (
            h =>
                Requests.SmsAsync(
                    h,
                    Bytes("Body=" + new string('v', 40_000)),
                    "application/x-www-form-urlencoded"
                ),
            400
        ),
        ["sms: 28 MB declared"] = (
            h =>
                RawHttp.PostAsync(
                    h.Port,
                    "/sms/twilio",
                    FormHeaders,
                    Fields(10, 1000),
                    chunked: false,
                    declaredLength: 28L << 20
                ),
            413
        ),
        ["sms: 100 KB chunked"] = (
            h =>
                RawHttp.PostAsync(
                    h.Port,
                    "/sms/twilio",
                    FormHeaders,
                    Fields(100, 1000),
                    chunked: true
                ),
            413
        ),
        ["sms: invalid form encoding"] = (h => Requests.SmsAsync(h, "Body=%zz%&%%=%%%&=&&"), 403),
        ["sms: NUL characters"] = (h => Requests.SmsAsync(h, "Body=%00%00&From=%00"), 400),
        ["sms: invalid UTF-8"] = (
            h => Requests.SmsAsync(h, Bytes("Body=%ff%fe%c3&From=\u00ff")),
            403
        ),
        ["sms status: invalid UTF-8"] = (
            h => Requests.SmsAsync(h, Bytes("MessageSid=%ff"), path: "/sms/twilio/status"),
            403
        ),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_malformed_request_gets_a_clear_status_one_warning_and_changes_nothing(
        string name
    )
    {
        var (send, status) = Cases[name];
        var before = Snapshot();
        var seen = Host.Logs.Entries.Count;

        Assert.Equal(status, await send(Host));

        var entries = Host.Logs.Entries.Skip(seen).Where(WebhookHost.IsAboutRequests).ToList();
        Assert.DoesNotContain(entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
        Assert.Single(entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData(
        "update_id as a string",
        "{\"update_id\":\"7002\",\"message\":{\"chat\":{\"id\":5}}}",
        7002
    )]
    [InlineData(
        "chat id as a string",
        "{\"update_id\":7003,\"message\":{\"message_id\":1,\"chat\":{\"id\":\"five\"},\"text\":\"hi\"}}",
        7003
    )]
    [InlineData(
        "sender id as a string",
        "{\"update_id\":7004,\"message\":{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":\"x\"},\"text\":\"hi\"}}",
        7004
    )]
    [InlineData("message as a number", "{\"update_id\":7005,\"message\":12}", 7005)]
    public async Task A_Telegram_update_it_cannot_read_is_answered_200_recorded_as_refused_and_logged_once(
        string problem,
        string json,
        long updateId
    )
    {
        var seen = Host.Logs.Entries.Count;
        var outbox = Host.Db.Count("SELECT COUNT(*) FROM outbox");

        Assert.Equal(200, await Requests.TelegramAsync(Host, json));
        Assert.Equal(200, await Requests.TelegramAsync(Host, json));

        Assert.Equal(
            1,
            Host.Db.Count(
                $"SELECT COUNT(*) FROM inbox WHERE platform_id = '{updateId}' AND status = 'refused' AND reason IS NOT NULL"
            )
        );
        Assert.Equal(outbox, Host.Db.Count("SELECT COUNT(*) FROM outbox"));
        var entries = Host.Logs.Entries.Skip(seen).Where(WebhookHost.IsAboutRequests).ToList();
        Assert.DoesNotContain(entries, e => e.Exception is not null || e.Level >= LogLevel.Error);
        Assert.True(
            entries.Count(e => e.Level == LogLevel.Warning) == 1,
            $"{problem}: expected one warning, got {entries.Count}"
        );
    }

    [Fact]
    public async Task Text_with_a_lone_surrogate_or_control_characters_reaches_the_engine_as_valid_unicode()
    {
        const string Update = """
            {"update_id":7100,"message":{"message_id":1,"date":1767225600,"chat":{"id":-100777,"type":"supergroup","title":"G"},
             "from":{"id":77,"is_bot":false,"first_name":"Ann"},"text":"/ask Ride\ud800 to the\u0000 clinic\u0007 now"}}
            """;
        Assert.Equal(200, await Requests.TelegramAsync(Host, Update));

        Assert.Equal(
            1,
            Host.Db.Count(
                "SELECT COUNT(*) FROM receipts WHERE summary LIKE '%Ride' || char(65533) || ' to the clinic now%'"
            )
        );
        Assert.Equal(
            0,
            Host.Db.Count(
                "SELECT COUNT(*) FROM receipts WHERE instr(summary, char(0)) > 0 OR instr(summary, char(7)) > 0"
            )
        );
    }

    private (long Inbox, long Outbox, long Receipts) Snapshot() =>
        (
            Host.Db.Count("SELECT COUNT(*) FROM inbox"),
            Host.Db.Count("SELECT COUNT(*) FROM outbox"),
            Host.Db.Count("SELECT COUNT(*) FROM receipts")
        );
}
