namespace CivBot.Discord.Tests.Integration;

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivBot.Discord.Tests.Support;
using CivBot.Telegram.Api;
using CivBot.Testing;
using CivBot.Testing.Sms;
using CivBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>
/// One group across Telegram, Discord and SMS, on real HTTP against the bot as <c>civbot run</c> composes it with all
/// three channels: Telegram is the npm telegram-test-api emulator (updates sent through its client routes, the bot's
/// messages read back from it), Discord runs through the loopback gateway and REST API, SMS arrives as webhooks signed
/// by the npm twilio package. A Telegram admin links a Discord channel (both admins act), a texter joins and asks for
/// the urgent ride, Telegram and Discord buttons vote in one tally, both chats show the same receipts, and the Discord
/// channel unlinks afterwards.
/// </summary>
public sealed partial class LinkedChatsStoryTests : IAsyncLifetime, IDisposable
{
    private const string Channel = "111";
    private const string AuthToken = "story-auth-token";
    private const string Texter = "+15551230001";

    private static readonly DiscordUser Dora = new("301", "dora");

    // ann administers the Telegram group (the emulator's getChatMember says so), bob does not.
    private static readonly User Ann = new(201, "ann");
    private static readonly User Bob = new(202, "bob");
    private static readonly Chat Helpers = new(-1001, "supergroup", "Helpers", IsForum: false);

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly TwilioSigner _signer = new();
    private long _ids = 1000;
    private long _sequence = 1;
    private Emulator _telegram = null!;
    private LoopbackDiscord _discord = null!;
    private BotHost _bot = null!;
    private GatewayPeer? _gateway;
    private string _url = "";

    public async Task InitializeAsync()
    {
        _telegram = await Emulator.StartAsync(admins: [Ann.Id]);
        _discord = await LoopbackDiscord.StartAsync();
        _discord.AutoSession = async peer =>
        {
            // A heartbeat interval longer than the story: no heartbeat falls due, whatever the machine's load.
            await peer.HelloAsync(600_000);
            await peer.NextAsync(30);
            await peer.ReadyAsync(1, "story", _discord.ResumeUrl);
            _gateway = peer;
        };
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
                ["CivBot:Telegram:Token"] = Emulator.Token,
                ["CivBot:Telegram:ApiBaseUrl"] = _telegram.ApiUrl,
                // Polling: the emulator numbers updates one by one (over its webhook two close updates can share one).
                ["CivBot:Telegram:Mode"] = "polling",
                // The emulator has no limits of its own; the real ones are proven on a fake clock in RateLimiterTests.
                ["CivBot:Telegram:Limits:PerChatIntervalSeconds"] = "0.02",
                ["CivBot:Telegram:Limits:PerGroupPerMinute"] = "1000",
                ["CivBot:Sms:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                ["CivBot:Sms:AuthToken"] = AuthToken,
                ["CivBot:Sms:FromNumber"] = "+15005550006",
                ["CivBot:Sms:PublicBaseUrl"] = _url,
                // Outbound SMS is checked in the outbox; nothing listens here.
                ["CivBot:Sms:ApiBaseUrl"] = "http://127.0.0.1:9",
            },
            port: port,
            services: s =>
                s.Replace(
                    ServiceDescriptor.Singleton(
                        new TelegramTransport(new EmulatorAdapter(new SocketsHttpHandler()))
                    )
                )
        );
        await _discord.WaitForAsync(() => _gateway is not null, "the gateway session");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        await _telegram.DisposeAsync();
    }

    public void Dispose() => _signer.Dispose();

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
        request.Headers.Add("X-Twilio-Signature", await _signer.SignAsync(AuthToken, url, form));
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

    /// <summary>The bot's first message in a Telegram chat (the group unless told) that starts so, once it is there.</summary>
    private async Task<BotMessage> WaitOnTelegramAsync(string start, long? chat = null)
    {
        bool Match(BotMessage m) =>
            m.ChatId == (chat ?? Helpers.Id) && m.Text.StartsWith(start, StringComparison.Ordinal);
        var messages = await _telegram.WaitForAsync(m => m.Any(Match), "Telegram: " + start);
        return messages.First(Match);
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
        await _telegram.CommandAsync(Ann, Ann.Private, "/start");
        await _telegram.WaitForAsync(m => m.Any(x => x.ChatId == Ann.Id), "the answer to /start");
        await _telegram.CommandAsync(Ann, Helpers, "/link");
        var dm = await WaitOnTelegramAsync("🔗 Link code for Telegram Helpers: ", Ann.Id);
        await WaitOnTelegramAsync("🔗 I sent you a link code privately");
        var code = CodeIn().Match(dm.Text).Groups[1].Value;

        await SlashAsync("link", ("code", code));
        var asks = await WaitOnTelegramAsync("🔗 Discord #general asks to join this group.");
        await WaitOnDiscordAsync("🔗 Asked to join Telegram Helpers.");
        // bob is no admin (the emulator's getChatMember says "member"): his confirmation changes nothing.
        await _telegram.CommandAsync(Bob, Helpers, "/link confirm");
        await WaitOnTelegramAsync("Only an admin of this chat can link");
        // ann accepts with the button under the request (the channel checks she is an admin for it too).
        var accept = Assert.Single(asks.Buttons);
        await _telegram.CallbackAsync(Ann, Helpers, asks.MessageId, accept.Data);
        await WaitOnTelegramAsync("🔗 Discord #general joined this group");
        await WaitOnDiscordAsync("🔗 Discord #general joined this group");

        // A texter joins with the group's code and asks by SMS; both chats see the ask.
        await _telegram.CommandAsync(Bob, Helpers, "/smscode");
        var join = await WaitOnTelegramAsync("Text JOIN ");
        await TextAsync("JOIN " + JoinCode().Match(join.Text).Groups[1].Value);
        await TextAsync("ASK Need a ride for my son to the clinic on Main St before 5pm");
        await WaitOnTelegramAsync("📣 New ask #1 from texter");
        await WaitOnDiscordAsync("📣 New ask #1 from texter");

        await _telegram.CommandAsync(Bob, Helpers, "/propose Bob drives him at 4pm");
        await WaitOnDiscordAsync("Option 1 for #1 from bob");
        await SlashAsync("propose", ("option", "Taxi paid from the fund"));
        await WaitOnTelegramAsync("Option 2 for #1 from dora");
        // The asker opens the vote by SMS (the urgent-ride flow lets the asker move the loop along).
        await TextAsync("VOTE");
        var telegramVote = await WaitOnTelegramAsync("🗳 Vote on #1");
        var discordVote = await WaitOnDiscordAsync("🗳 Vote on #1");
        Assert.Equal(["v:1:1", "v:1:2"], telegramVote.Buttons.Select(b => b.Data));

        await _telegram.CallbackAsync(Bob, Helpers, telegramVote.MessageId, "v:1:1");
        await WaitForTallyAsync(telegramVote.MessageId, "1) Bob drives him at 4pm — 1");
        await _telegram.CallbackAsync(Ann, Helpers, telegramVote.MessageId, "v:1:1");
        await WaitForTallyAsync(telegramVote.MessageId, "1) Bob drives him at 4pm — 2");
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
        var tally = await WaitForTallyAsync(
            telegramVote.MessageId,
            "1) Bob drives him at 4pm — 2",
            "2) Taxi paid from the fund — 1"
        );
        // Edited in place: the vote was never posted twice in the Telegram group.
        Assert.Single(
            await _telegram.BotMessagesAsync(),
            m =>
                m.ChatId == Helpers.Id
                && m.Text.StartsWith("🗳 Vote on #1", StringComparison.Ordinal)
        );
        Assert.Equal(telegramVote.MessageId, tally.MessageId);

        // /receipts in each chat: one trail.
        await _telegram.CommandAsync(Bob, Helpers, "/receipts");
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
        Assert.DoesNotContain(
            Helpers.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            telegramTrail.Text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(Channel, discordTrail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("5551230001", telegramTrail.Text, StringComparison.Ordinal);

        // The texter's own messages went by SMS, never their number into a chat.
        Assert.Contains(
            Column("SELECT chat_id FROM outbox WHERE channel = 'sms'"),
            c => c == Texter
        );
        Assert.All(
            await _telegram.BotMessagesAsync(),
            m => Assert.DoesNotContain("5551230001", m.Text, StringComparison.Ordinal)
        );

        // Once the loop is closed... here it is still open, so unlink waits; the ask is withdrawn, then it goes.
        await SlashAsync("unlink");
        await WaitOnDiscordAsync("The group has 1 open loop");
        await TextAsync("WITHDRAW found a neighbour with a car");
        await _telegram.WaitForAsync(
            m => m.Any(x => x.Text.Contains("Loop #1 was withdrawn", StringComparison.Ordinal)),
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

    /// <summary>The Telegram vote message, once its edits show every one of <paramref name="lines"/>.</summary>
    private async Task<BotMessage> WaitForTallyAsync(long messageId, params string[] lines)
    {
        bool Match(BotMessage m) =>
            m.MessageId == messageId
            && lines.All(line => m.Text.Contains(line, StringComparison.Ordinal));
        var messages = await _telegram.WaitForAsync(
            m => m.Any(Match),
            "the Telegram tally: " + string.Join(", ", lines)
        );
        return messages.Single(Match);
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
