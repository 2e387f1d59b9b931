namespace CivBot.Telegram.Tests.Receiving;

using System.Net;
using System.Text;
using CivBot.Telegram.Tests.Support;

/// <summary>
/// An update CivBot cannot read between two good ones, over long polling and over the webhook: the good ones are
/// handled, the poison one is recorded as refused (with its reason) and skipped, and delivery moves past it.
/// </summary>
public sealed class PoisonUpdateTests : IAsyncLifetime
{
    private const string Secret = "poison-secret";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private StubTelegram _stub = null!;
    private BotHost? _bot;

    public async Task InitializeAsync() => _stub = await StubTelegram.StartAsync();

    public async Task DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private static string Good(long id) =>
        $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1767225600,"chat":{"id":-100555,"type":"supergroup","title":"G"},"from":{"id":7,"is_bot":false,"first_name":"Ann"},"text":"/status"}}""";

    // The chat id comes as a string and the sender's id as text: nothing CivBot can route.
    private static string Poison(long id) =>
        $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":1767225600,"chat":{"id":"-100555x","type":"supergroup"},"from":{"id":"seven"},"text":"/status"}}""";

    private string Status(long id) =>
        _bot!.Db.Count(
            $"SELECT COUNT(*) FROM inbox WHERE platform_id = '{id}' AND status = 'processed'"
        ) == 1
            ? "processed"
        : _bot.Db.Count(
            $"SELECT COUNT(*) FROM inbox WHERE platform_id = '{id}' AND status = 'refused' AND reason LIKE '%not a number%'"
        ) == 1
            ? "refused"
        : "absent";

    [Fact]
    public async Task Polling_handles_both_good_updates_records_the_poison_one_as_refused_and_moves_the_offset_past_it()
    {
        var batch = $"[{Good(1001)},{Poison(1002)},{Good(1003)}]";
        var movedOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var served = 0;
        _stub.Answer = (method, body) =>
        {
            if (method != "getUpdates")
                return null;
            var offset = (long?)body["offset"];
            if (offset == 1004)
                movedOn.TrySetResult();
            // Like Telegram: the batch again until a higher offset confirms it (bounded, should the bot never move on).
            return offset is null or <= 1003 && Interlocked.Increment(ref served) < 50
                ? (200, $"{{\"ok\":true,\"result\":{batch}}}")
                : null;
        };
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "42:poison",
                ["ApiBaseUrl"] = _stub.BaseUrl,
                ["PollTimeoutSeconds"] = "1",
            }
        );

        await movedOn.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("processed", Status(1001));
        Assert.Equal("refused", Status(1002));
        Assert.Equal("processed", Status(1003));
        // The batch was read once: the next poll asks for what comes after its last update.
        Assert.Equal(
            [null, 1004L],
            _stub.CallsOf("getUpdates").Select(b => (long?)b["offset"]).Distinct().Take(2)
        );
    }

    [Fact]
    public async Task The_webhook_answers_200_for_the_poison_update_so_Telegram_stops_resending_it()
    {
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "42:poison",
                ["ApiBaseUrl"] = _stub.BaseUrl,
                ["Mode"] = "webhook",
                ["WebhookUrl"] = "{url}/telegram/webhook",
                ["WebhookSecret"] = Secret,
            }
        );

        foreach (var update in new[] { Good(2001), Poison(2002), Good(2003), Poison(2002) })
            Assert.Equal(HttpStatusCode.OK, await PostAsync(update));

        Assert.Equal("processed", Status(2001));
        Assert.Equal("refused", Status(2002));
        Assert.Equal("processed", Status(2003));
    }

    private async Task<HttpStatusCode> PostAsync(string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_bot!.Url}/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}
