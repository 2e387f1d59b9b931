namespace CivBot.Discord.Tests.Integration;

using System.Text.Json.Nodes;
using CivBot.Discord.Tests.Support;

/// <summary>
/// <c>/link</c> on Discord, on the loopback gateway and REST API: the code is shown only to the admin who asked, as an
/// ephemeral follow-up of their slash command, never posted in the channel or sent by DM.
/// </summary>
public sealed class LinkCodeTests : IAsyncLifetime
{
    private const string Channel = "111";

    private static readonly DiscordUser Dora = new("301", "dora");
    private static readonly DiscordUser Eve = new("302", "eve");

    private LoopbackDiscord _discord = null!;
    private BotHost _bot = null!;
    private GatewayPeer? _gateway;
    private long _sequence = 1;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _discord.AutoSession = async peer =>
        {
            // A heartbeat interval longer than the test: no heartbeat falls due, whatever the machine's load.
            await peer.HelloAsync(600_000);
            await peer.NextAsync(30);
            await peer.ReadyAsync(1, "links", _discord.ResumeUrl);
            _gateway = peer;
        };
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "MTIz.link-token",
                ["ApplicationId"] = "800",
                ["GuildIds:0"] = DiscordUser.Guild,
                ["ApiBaseUrl"] = _discord.ApiUrl,
                ["GatewayUrl"] = _discord.GatewayUrl,
                ["RequestTimeoutSeconds"] = "60",
            }
        );
        await _discord.WaitForAsync(() => _gateway is not null, "the gateway session");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    /// <summary>A slash command in #general; "8" is Administrator.</summary>
    private Task SlashAsync(
        DiscordUser user,
        string interaction,
        string permissions,
        string name = "link",
        JsonArray? options = null
    )
    {
        var payload = user.Interaction(
            interaction,
            2,
            Channel,
            null,
            new JsonObject
            {
                ["name"] = name,
                ["type"] = 1,
                ["options"] = options ?? new JsonArray(),
            }
        );
        payload["member"]!["permissions"] = permissions;
        payload["channel"]!["name"] = "general";
        return _gateway!.DispatchAsync(
            Interlocked.Increment(ref _sequence),
            "INTERACTION_CREATE",
            payload
        );
    }

    [Fact]
    public async Task An_admin_s_link_code_is_an_ephemeral_follow_up_of_their_command_and_never_a_DM_or_a_post()
    {
        await SlashAsync(Dora, "9101", "8");

        await _discord.WaitForAsync(
            () => _discord.CallsTo("POST", "/webhooks/800/token-9101").Any(),
            "the follow-up with the code"
        );
        var followUp = Assert.Single(_discord.CallsTo("POST", "/webhooks/800/token-9101"));
        // As the stub shows a message: Discord's markdown escapes taken off.
        var text = System.Text.RegularExpressions.Regex.Replace(
            (string)followUp.Body!["content"]!,
            @"\\(.)",
            "$1"
        );
        Assert.StartsWith("🔗 Link code for Discord #general: ", text, StringComparison.Ordinal);
        Assert.Equal(64, (int)followUp.Body!["flags"]!);
        // Discord takes a follow-up only once the interaction was answered: the answer came first.
        var calls = _discord.Calls.ToList();
        Assert.True(
            calls.FindIndex(c => c.Is("POST", "/interactions/9101/")) < calls.IndexOf(followUp),
            "the interaction's own answer precedes the follow-up"
        );

        // The channel hears only that a code was sent; no DM was opened and no message anywhere holds the code.
        await _discord.WaitForAsync(
            () =>
                _discord
                    .MessagesIn(Channel)
                    .Any(m =>
                        m.Text.StartsWith(
                            "🔗 I sent you a link code privately",
                            StringComparison.Ordinal
                        )
                    ),
            "the channel's line"
        );
        var code = text[^10..];
        Assert.DoesNotContain(
            _discord.Messages.Values,
            m => m.Text.Contains(code, StringComparison.Ordinal)
        );
        Assert.Empty(_discord.CallsTo("POST", "/users/@me/channels"));
    }

    [Fact]
    public async Task A_non_admin_s_link_keeps_no_interaction_and_their_next_private_message_goes_by_DM()
    {
        await SlashAsync(Eve, "9201", "0");
        await _discord.WaitForAsync(
            () =>
                _discord
                    .MessagesIn(Channel)
                    .Any(m =>
                        m.Text.StartsWith(
                            "Only an admin of this chat can link",
                            StringComparison.Ordinal
                        )
                    ),
            "the refusal"
        );

        // Her own account code (/me link) is a private message like the link code: it goes by DM, not to /link's answer.
        await SlashAsync(
            Eve,
            "9202",
            "0",
            "me",
            new JsonArray(new JsonObject { ["name"] = "action", ["value"] = "link" })
        );
        await _discord.WaitForAsync(
            () => _discord.CallsTo("POST", "/users/@me/channels").Any(),
            "the DM to eve"
        );
        await _discord.WaitForAsync(
            () => _discord.MessagesIn("7" + Eve.Id).Any(),
            "eve's account code by DM"
        );
        Assert.Empty(_discord.CallsTo("POST", "/webhooks/800/token-9201"));
    }
}
