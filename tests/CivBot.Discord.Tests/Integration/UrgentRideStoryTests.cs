namespace CivBot.Discord.Tests.Integration;

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CivBot.Discord.Tests.Support;
using CivBot.Testing;

/// <summary>
/// Mission story 1 in one Discord channel with loop threads, played as three people through the loopback gateway and
/// REST API against the bot as <c>civbot run</c> composes it: ann asks, bob drives, cy (who closed their DMs) audits.
/// The bot runs on a clock that stands still, so nothing here depends on how fast the machine is: no heartbeat falls
/// due (a missed ACK would make the bot resume on a new connection mid-story) and no interaction reaches the 1.5 s
/// deferral (that path is proven in <see cref="InteractionAckTests"/>), so every one gets its answer in the first callback.
/// </summary>
public sealed class UrgentRideStoryTests : IAsyncLifetime
{
    private const string Channel = "111";
    private const string Ask =
        "Need a ride for my son <5y> to the clinic on Main St & back before 5pm *today*";

    private static readonly DiscordUser Ann = new("101", "ann");
    private static readonly DiscordUser Bob = new("102", "bob");
    private static readonly DiscordUser Cy = new("103", "cy");

    private readonly ConcurrentDictionary<string, int> _dispatched = new();
    private readonly ManualTimeProvider _clock = new() { ControlsTimers = true };
    private LoopbackDiscord _discord = null!;
    private BotHost _bot = null!;
    private GatewayPeer? _gateway;
    private long _sequence = 1;
    private long _ids = 1000;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _discord.AutoSession = async peer =>
        {
            await peer.HelloAsync(1000);
            await peer.NextAsync(30);
            await peer.ReadyAsync(1, "story", _discord.ResumeUrl);
            _gateway = peer;
        };
        // cy does not take DMs from server members.
        _discord.Answer = call =>
            call.Is("POST", "/channels/7103/")
                ? StubAnswer.Error(403, 50007, "Cannot send messages to this user")
                : null;
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "MTIz.story-token",
                ["ApplicationId"] = "800",
                ["GuildIds:0"] = DiscordUser.Guild,
                ["ApiBaseUrl"] = _discord.ApiUrl,
                ["GatewayUrl"] = _discord.GatewayUrl,
                ["UseThreads"] = "true",
                // A slow answer on a loaded machine must not become a resend (and a duplicate message).
                ["RequestTimeoutSeconds"] = "60",
            },
            _clock
        );
        await _discord.WaitForAsync(() => _gateway is not null, "the gateway session");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    private string NextId() =>
        Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task DispatchAsync(string type, JsonObject data) =>
        _gateway!.DispatchAsync(Interlocked.Increment(ref _sequence), type, data);

    private Task TypeAsync(DiscordUser user, string channel, string text) =>
        DispatchAsync("MESSAGE_CREATE", user.Message(NextId(), channel, text));

    private async Task<string> SlashAsync(
        DiscordUser user,
        string channel,
        string? parent,
        string name,
        params (string Name, JsonNode Value)[] options
    )
    {
        var id = NextId();
        var list = new JsonArray(
            options
                .Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["value"] = o.Value })
                .ToArray()
        );
        _dispatched[id] = 2;
        await DispatchAsync(
            "INTERACTION_CREATE",
            user.Interaction(
                id,
                2,
                channel,
                parent,
                new JsonObject
                {
                    ["name"] = name,
                    ["type"] = 1,
                    ["options"] = list,
                }
            )
        );
        return id;
    }

    private async Task<string> PressAsync(DiscordUser user, StubMessage message, string customId)
    {
        var id = NextId();
        _dispatched[id] = 3;
        await DispatchAsync(
            "INTERACTION_CREATE",
            user.Interaction(
                id,
                3,
                message.ChannelId,
                Channel,
                new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
                message.Id
            )
        );
        return id;
    }

    private StubMessage? Find(string start) =>
        _discord.Messages.Values.FirstOrDefault(m =>
            m.Text.StartsWith(start, StringComparison.Ordinal)
        );

    private async Task<StubMessage> WaitForAsync(string start)
    {
        await _discord.WaitForAsync(() => Find(start) is not null, start);
        return Find(start)!;
    }

    private RestCall Callback(string interaction) =>
        Assert.Single(_discord.CallsTo("POST", $"/interactions/{interaction}/"));

    [Fact]
    public async Task Three_people_run_an_urgent_ride_from_ask_to_audit_with_slash_commands_and_buttons()
    {
        await _discord.WaitForAsync(
            () => _discord.CallsTo("PUT", "/applications/800/guilds/55/commands").Any(),
            "command registration"
        );
        var registered = _discord.CallsTo("PUT", "/applications/800/guilds/55/commands").Single();
        // CivBot's 38 verbs plus each shipped flow's own command (/urgent, /checks).
        Assert.Equal(40, registered.Body!.AsArray().Count);
        Assert.Contains(registered.Body.AsArray(), c => (string)c!["name"]! == "receipts");
        Assert.Contains(registered.Body.AsArray(), c => (string)c!["name"]! == "urgent");
        Assert.Contains(registered.Body.AsArray(), c => (string)c!["name"]! == "checks");

        var help = await SlashAsync(Bob, Channel, null, "help");
        await WaitForAsync("I'm CivBot");
        await TypeAsync(Cy, Channel, "/help");
        await _discord.WaitForAsync(
            () =>
                _discord.Messages.Values.Count(m =>
                    m.Text.StartsWith("I'm CivBot", StringComparison.Ordinal)
                ) == 2,
            "help for cy"
        );
        await _discord.WaitForAsync(
            () => _discord.CallsTo("POST", $"/interactions/{help}/").Any(),
            "the help interaction answered"
        );
        var helpAnswer = Callback(help).Body!;
        Assert.Equal(4, (int)helpAnswer["type"]!);
        Assert.Equal(64, (int)helpAnswer["data"]!["flags"]!);

        // The ask opens a thread in the channel; the whole loop runs there.
        await SlashAsync(Ann, Channel, null, "ask", ("need", Ask));
        var ask = await WaitForAsync("📣 New ask #1 from ann");
        var thread = ask.ChannelId;
        Assert.NotEqual(Channel, thread);
        var created = Assert.Single(_discord.CallsTo("POST", $"/channels/{Channel}/threads"));
        Assert.Equal(11, (int)created.Body!["type"]!);
        Assert.Contains(
            @"\<5y> to the clinic on Main St & back before 5pm \*today\*",
            ask.Content,
            StringComparison.Ordinal
        );
        var steward = await WaitForAsync("You are the steward of #1");
        Assert.StartsWith("7", steward.ChannelId, StringComparison.Ordinal);

        await TypeAsync(Bob, thread, "/propose Bob drives him at 4pm");
        Assert.Equal(thread, (await WaitForAsync("Option 1 for #1 from bob")).ChannelId);
        await SlashAsync(Cy, thread, Channel, "propose", ("option", "Taxi paid from the fund"));
        await WaitForAsync("Option 2 for #1 from cy");
        await SlashAsync(Ann, thread, Channel, "vote");
        var vote = await WaitForAsync("🗳 Vote on #1 (single choice)");
        Assert.Equal(thread, vote.ChannelId);
        Assert.Equal(["v:1:1", "v:1:2"], vote.CustomIds);

        var press = await PressAsync(Ann, vote, "v:1:1");
        await _discord.WaitForAsync(
            () => vote.Text.Contains("1 of 3 voted", StringComparison.Ordinal),
            "1 of 3 voted"
        );
        await PressAsync(Bob, vote, "v:1:1");
        await _discord.WaitForAsync(
            () => vote.Text.Contains("2 of 3 voted", StringComparison.Ordinal),
            "2 of 3 voted"
        );
        await PressAsync(Cy, vote, "v:1:2");
        var decision = await WaitForAsync("Decision on #1: Bob drives him at 4pm");
        Assert.Equal(thread, decision.ChannelId);
        Assert.Contains("1) Bob drives him at 4pm — 2", vote.Text, StringComparison.Ordinal);
        Assert.Contains("2) Taxi paid from the fund — 1", vote.Text, StringComparison.Ordinal);
        // Updated in place, never posted twice.
        Assert.Single(
            _discord.Messages.Values,
            m => m.Text.Contains("1) Bob drives him at 4pm —", StringComparison.Ordinal)
        );
        Assert.True(vote.Edits >= 3);
        // Each voter: a deferred update, then a confirmation only they see.
        await _discord.WaitForAsync(
            () => _discord.CallsTo("POST", $"/webhooks/800/token-{press}").Any(),
            "the voter's confirmation"
        );
        Assert.Equal(6, (int)Callback(press).Body!["type"]!);
        var confirmation = Assert
            .Single(_discord.CallsTo("POST", $"/webhooks/800/token-{press}"))
            .Body!;
        Assert.Equal("Vote for option 1 on #1 recorded", (string)confirmation["content"]!);
        Assert.Equal(64, (int)confirmation["flags"]!);

        await SlashAsync(Bob, thread, Channel, "claim");
        await WaitForAsync("🔨 bob is building #1");
        await SlashAsync(
            Bob,
            thread,
            Channel,
            "spend",
            ("amount", "6.40"),
            ("currency", "USD"),
            ("what", "gas for the ride")
        );
        await WaitForAsync("💸 bob spent 6.40 USD on #1");
        await TypeAsync(Bob, thread, "/done Dropped him at the clinic at 4:40");
        // cy closed their DMs: the nudge is a mention in the loop's thread that pings cy and nobody else.
        var nudge = await WaitForAsync("<@103> You are the auditor of #1");
        Assert.Equal(thread, nudge.ChannelId);
        Assert.Equal(["103"], nudge.AllowedUsers);
        await WaitForAsync("🔎 #1 moves to Audit. cy checks");

        await SlashAsync(
            Cy,
            thread,
            Channel,
            "audit",
            ("verdict", "ok"),
            ("note", "Ann confirmed the ride; gas receipt matches")
        );
        var closed = await WaitForAsync("✅ Loop #1 is closed (audit confirmed by cy)");
        Assert.Equal(thread, closed.ChannelId);

        Assert.All(_discord.Messages.Values, m => Assert.True(m.ParsesNoMentions, m.Text));
        Assert.All(
            _discord.Messages.Values.Where(m => m != nudge && m.AllowedUsers.Count > 0),
            m => Assert.StartsWith("<@", m.Text, StringComparison.Ordinal)
        );
        await _discord.WaitForAsync(
            () =>
                _dispatched.Keys.All(id => _discord.CallsTo("POST", $"/interactions/{id}/").Any()),
            "every interaction answered"
        );
        // Each answered before the bot's clock moved at all, so inside Discord's 3 s: a command with its reply (4), a
        // button with a deferred update (6) — never a deferral to be completed later.
        foreach (var (id, type) in _dispatched)
            Assert.Equal(type == 2 ? 4 : 6, (int)Callback(id).Body!["type"]!);
        Assert.Empty(_discord.CallsTo("PATCH", "/webhooks/800/"));
        Assert.All(_discord.Calls, c => Assert.Equal("Bot MTIz.story-token", c.Authorization));
        Assert.All(
            _discord.Calls,
            c => Assert.Equal("DiscordBot (https://github.com/civbot/civbot, 1.0)", c.UserAgent)
        );
    }
}
