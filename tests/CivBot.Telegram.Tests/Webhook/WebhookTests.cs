namespace CivBot.Telegram.Tests.Webhook;

using System.Net;
using System.Text;
using CivBot.Telegram.Tests.Support;

/// <summary>POST /telegram/webhook on the composed host, with a stub Bot API behind it.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "right-secret_123";
    private StubTelegram _stub = null!;
    private BotHost _bot = null!;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync()
    {
        _stub = await StubTelegram.StartAsync();
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "42:webhook-test",
                ["ApiBaseUrl"] = _stub.BaseUrl,
                ["Mode"] = "webhook",
                ["WebhookUrl"] = "{url}/telegram/webhook",
                ["WebhookSecret"] = Secret,
            }
        );
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private async Task<HttpStatusCode> PostAsync(string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_bot.Url}/telegram/webhook")
        {
            Content = new StringContent(Repo.Payload("message"), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    private long InboxRows => _bot.Db.Count("SELECT COUNT(*) FROM inbox");

    [Fact]
    public async Task At_start_the_webhook_is_set_with_its_secret_and_the_command_menu_registered()
    {
        var set = Assert.Single(_stub.CallsOf("setWebhook"));
        Assert.Equal($"{_bot.Url}/telegram/webhook", (string)set["url"]!);
        Assert.Equal(Secret, (string)set["secret_token"]!);
        Assert.Contains(_stub.CallsOf("setMyCommands"), c => c["commands"]!.AsArray().Count > 10);
    }

    [Fact]
    public void At_start_the_menu_is_registered_in_english_by_default_and_in_spanish_for_spanish_clients()
    {
        var menus = _stub.CallsOf("setMyCommands").ToList();
        Assert.Equal(
            [null, "en", "es"],
            menus.Select(m => (string?)m["language_code"]).Order(StringComparer.Ordinal)
        );
        var english = Assert.Single(menus, m => m["language_code"] is null)["commands"]!.AsArray();
        var spanish = Assert.Single(menus, m => (string?)m["language_code"] == "es")[
            "commands"
        ]!.AsArray();
        Assert.Equal(english.Count, spanish.Count);
        Assert.Contains(
            english,
            c =>
                (string)c!["command"]! == "ask"
                && (string)c["description"]! == "Open a loop for a need: /ask <need>"
        );
        Assert.Contains(
            spanish,
            c =>
                (string)c!["command"]! == "pedir"
                && (string)c["description"]!
                    == "Abre un ciclo para una necesidad: /pedir <necesidad>"
        );
        Assert.All(
            spanish,
            c =>
            {
                Assert.Matches("^[a-z0-9_]{1,32}$", (string)c!["command"]!);
                Assert.InRange(((string)c["description"]!).Length, 1, 256);
            }
        );
    }

    [Fact]
    public async Task A_missing_secret_gets_401_and_records_nothing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(null));
        Assert.Equal(0, InboxRows);
    }

    [Fact]
    public async Task A_wrong_secret_gets_401_and_records_nothing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("right-secret_124"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Secret + "x"));
        Assert.Equal(0, InboxRows);
    }

    [Fact]
    public async Task The_right_secret_gets_200_only_once_the_update_is_in_the_inbox_and_a_replay_changes_nothing()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Secret));
        Assert.Equal(1, InboxRows);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Secret));
        Assert.Equal(1, InboxRows);
    }
}
