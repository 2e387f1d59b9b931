namespace CivBot.Discord.Tests.Integration;

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivBot.Discord.Tests.Support;
using CivBot.Sms.Webhooks;
using CivBot.Testing;

/// <summary>
/// One group across Telegram, Discord and SMS, on real HTTP against the bot as <c>civbot run</c> composes it with all
/// three channels: Telegram updates arrive on its webhook and its Bot API is answered on loopback, Discord runs through
/// the loopback gateway and REST API, SMS arrives as Twilio-signed webhooks. A Telegram admin links a Discord channel
/// (both admins act), a texter joins and asks for the urgent ride, Telegram and Discord buttons vote in one tally, both
/// chats show the same receipts, and the Discord channel unlinks afterwards.
/// </summary>
public sealed partial class LinkedChatsStoryTests : IAsyncLifetime
{
    private const string Channel = "111";
    private const string TelegramGroup = "-1001";
    private const string Secret = "story-secret";
    private const string AuthToken = "story-auth-token";
    private const string Texter = "+15551230001";

    private static readonly DiscordUser Dora = new("301", "dora");

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // What the bot sent on Telegram: message id → (chat, text as it stands after edits).
    private readonly ConcurrentDictionary<long, (string Chat, string Text)> _telegram = new();
    private long _telegramIds = 100;
    private long _updates = 1;
    private long _ids = 1000;
    private long _sequence = 1;
    private LoopbackDiscord _discord = null!;
    private BotHost _bot = null!;
    private GatewayPeer? _gateway;
    private string _url = "";

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _discord.AutoSession = async peer =>
        {
            // A heartbeat interval longer than the story: no heartbeat falls due, whatever the machine's load.
            await peer.HelloAsync(600_000);
            await peer.NextAsync(30);
            await peer.ReadyAsync(1, "story", _discord.ResumeUrl);
            _gateway = peer;
        };
        _discord.Answer = call =>
            call.Path.StartsWith("/tg/", StringComparison.Ordinal) ? Telegram(call) : null;
        var port = FreePort.Next();
        _url = $"http://127.0.0.1:{port}";
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "MTIz.story-token",
                ["ApplicationId"] = "800",
                ["GuildIds:0"] = DiscordUser.Guild,
                ["ApiBaseUrl"] = _discord.ApiUrl,
                ["GatewayUrl"] = _discord.GatewayUrl,
                ["RequestTimeoutSeconds"] = "60",
            },
            others: new Dictionary<string, string?>
            {
                ["CivBot:Telegram:Token"] = "42:story",
                ["CivBot:Telegram:ApiBaseUrl"] = _discord.BaseUrl,
                ["CivBot:Telegram:Mode"] = "webhook",
                ["CivBot:Telegram:WebhookUrl"] = _url + "/telegram/webhook",
                ["CivBot:Telegram:WebhookSecret"] = Secret,
                ["CivBot:Sms:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                ["CivBot:Sms:AuthToken"] = AuthToken,
                ["CivBot:Sms:FromNumber"] = "+15005550006",
                ["CivBot:Sms:PublicBaseUrl"] = _url,
                // Outbound SMS is checked in the outbox; nothing listens here.
                ["CivBot:Sms:ApiBaseUrl"] = "http://127.0.0.1:9",
            },
            port: port
        );
        await _discord.WaitForAsync(() => _gateway is not null, "the gateway session");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    /// <summary>The Telegram Bot API as the bot needs it: ann (201) administers the group, bob (202) does not.</summary>
    private StubAnswer Telegram(RestCall call)
    {
        var method = call.Path[(call.Path.LastIndexOf('/') + 1)..];
        JsonNode result = method switch
        {
            "getMe" => new JsonObject
            {
                ["id"] = 42,
                ["is_bot"] = true,
                ["username"] = "civbot",
            },
            // As Telegram answers: the member's status and user (an administrator's rights left out).
            "getChatMember" => new JsonObject
            {
                ["status"] =
                    (string?)call.Body?["user_id"]?.ToString() == "201"
                        ? "administrator"
                        : "member",
                ["user"] = new JsonObject
                {
                    ["id"] = call.Body?["user_id"]?.DeepClone(),
                    ["is_bot"] = false,
                    ["first_name"] = "x",
                },
            },
            "sendMessage" => Sent(call.Body!),
            "editMessageText" => Edited(call.Body!),
            _ => JsonValue.Create(true),
        };
        return new StubAnswer(
            200,
            new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString()
        );
    }

    private JsonObject Sent(JsonNode body)
    {
        var id = Interlocked.Increment(ref _telegramIds);
        var chat = body["chat_id"]!.ToString();
        _telegram[id] = (chat, (string)body["text"]!);
        return new JsonObject
        {
            ["message_id"] = id,
            ["date"] = 1_767_225_600,
            ["chat"] = new JsonObject
            {
                ["id"] = long.Parse(chat, System.Globalization.CultureInfo.InvariantCulture),
                ["type"] = chat.StartsWith('-') ? "supergroup" : "private",
            },
        };
    }

    private JsonObject Edited(JsonNode body)
    {
        var id = (long)body["message_id"]!;
        var chat = _telegram[id].Chat;
        _telegram[id] = (chat, (string)body["text"]!);
        // Telegram answers an edit with the edited Message.
        return new JsonObject
        {
            ["message_id"] = id,
            ["date"] = 1_767_225_600,
            ["chat"] = new JsonObject
            {
                ["id"] = long.Parse(chat, System.Globalization.CultureInfo.InvariantCulture),
                ["type"] = chat.StartsWith('-') ? "supergroup" : "private",
            },
        };
    }

    private async Task TelegramAsync(JsonObject update)
    {
        update["update_id"] = Interlocked.Increment(ref _updates);
        using var request = new HttpRequestMessage(HttpMethod.Post, _url + "/telegram/webhook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject From(long id, string name) =>
        new()
        {
            ["id"] = id,
            ["is_bot"] = false,
            ["first_name"] = name,
        };

    private Task SayOnTelegramAsync(long user, string name, string text, bool privately = false) =>
        TelegramAsync(
            new JsonObject
            {
                ["message"] = new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _ids),
                    ["date"] = 1767225600,
                    ["chat"] = privately
                        ? new JsonObject
                        {
                            ["id"] = user,
                            ["type"] = "private",
                            ["first_name"] = name,
                        }
                        : new JsonObject
                        {
                            ["id"] = long.Parse(
                                TelegramGroup,
                                System.Globalization.CultureInfo.InvariantCulture
                            ),
                            ["type"] = "supergroup",
                            ["title"] = "Helpers",
                        },
                    ["from"] = From(user, name),
                    ["text"] = text,
                },
            }
        );

    private Task PressOnTelegramAsync(long user, string name, long messageId, string data) =>
        TelegramAsync(
            new JsonObject
            {
                ["callback_query"] = new JsonObject
                {
                    ["id"] = "cq" + Interlocked.Increment(ref _ids),
                    ["from"] = From(user, name),
                    ["message"] = new JsonObject
                    {
                        ["message_id"] = messageId,
                        ["chat"] = new JsonObject
                        {
                            ["id"] = long.Parse(
                                TelegramGroup,
                                System.Globalization.CultureInfo.InvariantCulture
                            ),
                            ["type"] = "supergroup",
                            ["title"] = "Helpers",
                        },
                    },
                    ["data"] = data,
                },
            }
        );

    private async Task TextAsync(string body)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Interlocked.Increment(ref _ids),
            ["From"] = Texter,
            ["To"] = "+15005550006",
            ["Body"] = body,
        };
        var url = _url + "/sms/twilio";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute(AuthToken, url, form));
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A slash command by dora, who administers the server, in #general.</summary>
    private Task SlashAsync(string name, params (string Name, string Value)[] options)
    {
        var interaction = Dora.Interaction(
            Interlocked
                .Increment(ref _ids)
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
            2,
            Channel,
            null,
            new JsonObject
            {
                ["name"] = name,
                ["type"] = 1,
                ["options"] = new JsonArray(
                    options
                        .Select(o =>
                            (JsonNode)new JsonObject { ["name"] = o.Name, ["value"] = o.Value }
                        )
                        .ToArray()
                ),
            }
        );
        interaction["member"]!["permissions"] = "8";
        interaction["channel"]!["name"] = "general";
        return DispatchAsync("INTERACTION_CREATE", interaction);
    }

    private Task PressOnDiscordAsync(StubMessage message, string customId) =>
        DispatchAsync(
            "INTERACTION_CREATE",
            Dora.Interaction(
                Interlocked
                    .Increment(ref _ids)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture),
                3,
                message.ChannelId,
                null,
                new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
                message.Id
            )
        );

    private Task DispatchAsync(string type, JsonObject data) =>
        _gateway!.DispatchAsync(Interlocked.Increment(ref _sequence), type, data);

    private (long Id, string Text)? OnTelegram(string chat, string start) =>
        _telegram
            .Where(m =>
                m.Value.Chat == chat && m.Value.Text.StartsWith(start, StringComparison.Ordinal)
            )
            .Select(m => ((long, string)?)(m.Key, m.Value.Text))
            .FirstOrDefault();

    private async Task<(long Id, string Text)> WaitOnTelegramAsync(
        string start,
        string chat = TelegramGroup
    )
    {
        await _discord.WaitForAsync(
            () => OnTelegram(chat, start) is not null,
            $"Telegram: {start} (Telegram got: {string.Join(" | ", _telegram.Values.Select(v => v.Text))})"
        );
        return OnTelegram(chat, start)!.Value;
    }

    private async Task<StubMessage> WaitOnDiscordAsync(string start)
    {
        StubMessage? Find() =>
            _discord.Messages.Values.FirstOrDefault(m =>
                m.ChannelId == Channel && m.Text.StartsWith(start, StringComparison.Ordinal)
            );
        await _discord.WaitForAsync(() => Find() is not null, "Discord: " + start);
        return Find()!;
    }

    [Fact]
    public async Task A_Telegram_group_and_a_Discord_channel_link_and_run_an_SMS_ask_with_one_tally_and_one_trail()
    {
        // ann has written to the bot privately, so the link code can reach her there.
        await SayOnTelegramAsync(201, "ann", "/start", privately: true);
        await SayOnTelegramAsync(201, "ann", "/link");
        var dm = await WaitOnTelegramAsync("🔗 Link code for Telegram Helpers: ", "201");
        await WaitOnTelegramAsync("🔗 I sent you a link code privately");
        var code = CodeIn().Match(dm.Text).Groups[1].Value;

        await SlashAsync("link", ("code", code));
        var asks = await WaitOnTelegramAsync("🔗 Discord #general asks to join this group.");
        await WaitOnDiscordAsync("🔗 Asked to join Telegram Helpers.");
        // bob is no admin: his confirmation changes nothing.
        await SayOnTelegramAsync(202, "bob", "/link confirm");
        await WaitOnTelegramAsync("Only an admin of this chat can link");
        // ann accepts with the button under the request (the channel checks she is an admin for it too).
        await PressOnTelegramAsync(201, "ann", asks.Id, "l:confirm");
        await WaitOnTelegramAsync("🔗 Discord #general joined this group");
        await WaitOnDiscordAsync("🔗 Discord #general joined this group");

        // A texter joins with the group's code and asks by SMS; both chats see the ask.
        await SayOnTelegramAsync(202, "bob", "/smscode");
        var join = await WaitOnTelegramAsync("Text JOIN ");
        await TextAsync("JOIN " + JoinCode().Match(join.Text).Groups[1].Value);
        await TextAsync("ASK Need a ride for my son to the clinic on Main St before 5pm");
        await WaitOnTelegramAsync("📣 New ask #1 from texter");
        await WaitOnDiscordAsync("📣 New ask #1 from texter");

        await SayOnTelegramAsync(202, "bob", "/propose Bob drives him at 4pm");
        await WaitOnDiscordAsync("Option 1 for #1 from bob");
        await SlashAsync("propose", ("option", "Taxi paid from the fund"));
        await WaitOnTelegramAsync("Option 2 for #1 from dora");
        // The asker opens the vote by SMS (the urgent-ride flow lets the asker move the loop along).
        await TextAsync("VOTE");
        var telegramVote = await WaitOnTelegramAsync("🗳 Vote on #1");
        var discordVote = await WaitOnDiscordAsync("🗳 Vote on #1");

        await PressOnTelegramAsync(202, "bob", telegramVote.Id, "v:1:1");
        await PressOnTelegramAsync(201, "ann", telegramVote.Id, "v:1:1");
        await PressOnDiscordAsync(discordVote, "v:1:2");
        // One tally: each chat's own message, edited in place, shows the same totals.
        await _discord.WaitForAsync(
            () =>
                discordVote.Text.Contains(
                    "2) Taxi paid from the fund — 1",
                    StringComparison.Ordinal
                )
                && discordVote.Text.Contains(
                    "1) Bob drives him at 4pm — 2",
                    StringComparison.Ordinal
                ),
            "the Discord tally: " + discordVote.Text
        );
        await _discord.WaitForAsync(
            () =>
                _telegram[telegramVote.Id]
                    .Text.Contains("2) Taxi paid from the fund — 1", StringComparison.Ordinal)
                && _telegram[telegramVote.Id]
                    .Text.Contains("1) Bob drives him at 4pm — 2", StringComparison.Ordinal),
            "the Telegram tally: " + _telegram[telegramVote.Id].Text
        );

        // /receipts in each chat: one trail.
        await SayOnTelegramAsync(202, "bob", "/receipts");
        await SlashAsync("receipts");
        var telegramTrail = await WaitOnTelegramAsync("Receipts for this group:");
        var discordTrail = await WaitOnDiscordAsync("Receipts for this group:");
        Assert.Contains(
            "Linked Discord #general with Telegram Helpers",
            telegramTrail.Text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Linked Discord #general with Telegram Helpers",
            discordTrail.Text,
            StringComparison.Ordinal
        );
        var stored = Column(
            "SELECT reply_json FROM outbox WHERE reply_json LIKE '%Receipts for this group:%' ORDER BY id"
        );
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0], stored[1]);
        Assert.DoesNotContain(TelegramGroup, telegramTrail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Channel, discordTrail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("5551230001", telegramTrail.Text, StringComparison.Ordinal);

        // The texter's own messages went by SMS, never their number into a chat.
        Assert.Contains(
            Column("SELECT chat_id FROM outbox WHERE channel = 'sms'"),
            c => c == Texter
        );
        Assert.All(
            _telegram.Values,
            m => Assert.DoesNotContain("5551230001", m.Text, StringComparison.Ordinal)
        );

        // Once the loop is closed... here it is still open, so unlink waits; the ask is withdrawn, then it goes.
        await SlashAsync("unlink");
        await WaitOnDiscordAsync("The group has 1 open loop");
        await TextAsync("WITHDRAW found a neighbour with a car");
        await _discord.WaitForAsync(
            () =>
                _telegram.Values.Any(m =>
                    m.Text.Contains("Loop #1 was withdrawn", StringComparison.Ordinal)
                ),
            "the withdrawal in Telegram"
        );
        await SlashAsync("unlink");
        await WaitOnTelegramAsync("🔗 Discord #general left this group.");
        await WaitOnDiscordAsync("🔗 Discord #general left this group.");
        Assert.Equal(
            ["discord:111"],
            Column("SELECT group_id FROM chats WHERE channel = 'discord' AND chat_id = '111'")
        );
    }

    private List<string> Column(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={_bot.Db.Path};Pooling=false"
        );
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    [GeneratedRegex(@": ([A-Z2-7]{10})\b")]
    private static partial Regex CodeIn();

    [GeneratedRegex(@"JOIN ([A-Z2-7]{6})\b")]
    private static partial Regex JoinCode();
}
