namespace CivBot.Discord.Tests.Integration;

using System.Text.Json.Nodes;
using CivBot.Discord.Tests.Support;
using CivBot.Storage.Database;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Command registration without server ids, and an interaction whose work outlasts the quick answer.</summary>
public sealed class InteractionAckTests : IAsyncLifetime
{
    private static readonly DiscordUser Ann = new("101", "ann");

    // The bot's timers wait for the test: the deferral is due when this clock passes 1.5 s, however busy the machine.
    private readonly ManualTimeProvider _clock = new() { ControlsTimers = true };
    private LoopbackDiscord _discord = null!;
    private BotHost _bot = null!;
    private GatewayPeer? _gateway;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _discord.AutoSession = async peer =>
        {
            // The heartbeat runs on the test's clock, which only moves by the deferral's 1.5 s here.
            await peer.HelloAsync(45_000);
            await peer.NextAsync(30);
            await peer.ReadyAsync(1, "acks", _discord.ResumeUrl);
            _gateway = peer;
        };
        // No GuildIds: commands are registered globally.
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Token"] = "MTIz.ack-token",
                ["ApplicationId"] = "800",
                ["ApiBaseUrl"] = _discord.ApiUrl,
                ["GatewayUrl"] = _discord.GatewayUrl,
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

    [Fact]
    public async Task Without_server_ids_the_commands_are_registered_globally_by_bulk_overwrite()
    {
        await _discord.WaitForAsync(
            () => _discord.CallsTo("PUT", "/applications/800/commands").Any(),
            "the global command registration"
        );
        var put = Assert.Single(_discord.CallsTo("PUT", "/applications/800/commands"));
        var names = put.Body!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Contains("ask", names);
        Assert.Contains("receipts", names);
        Assert.Empty(_discord.CallsTo("PUT", "/applications/800/guilds/"));
    }

    [Fact]
    public async Task An_interaction_that_waits_on_a_busy_writer_is_deferred_after_one_and_a_half_seconds_then_followed_up()
    {
        var interaction = "9001";
        var deferAt = _clock.GetUtcNow() + Receiving.DiscordAdapter.DeferAfter;
        // Hold the single SQLite writer, as a long batch would, so recording the command takes longer than 1.5 s.
        using (
            await _bot.Services.GetRequiredService<WriteGate>().EnterAsync(CancellationToken.None)
        )
        {
            await _gateway!.DispatchAsync(
                2,
                "INTERACTION_CREATE",
                Ann.Interaction(
                    interaction,
                    2,
                    "111",
                    null,
                    new JsonObject
                    {
                        ["name"] = "status",
                        ["type"] = 1,
                        ["options"] = new JsonArray(),
                    }
                )
            );
            // The interaction is in hand and its quick answer waits on the bot's clock; Discord allows 3 s.
            await _discord.WaitForAsync(() => _clock.HasTimerDueAt(deferAt), "the deferral timer");
            Assert.Empty(_discord.CallsTo("POST", $"/interactions/{interaction}/"));
            _clock.Advance(Receiving.DiscordAdapter.DeferAfter);
            await _discord.WaitForAsync(
                () => _discord.CallsTo("POST", $"/interactions/{interaction}/").Any(),
                "the deferred answer"
            );
            var deferred = Assert.Single(_discord.CallsTo("POST", $"/interactions/{interaction}/"));
            Assert.Equal(5, (int)deferred.Body!["type"]!);
        }
        // Once recorded, the deferred answer is completed (the original response edited or a follow-up posted).
        await _discord.WaitForAsync(
            () =>
                _discord.CallsTo("PATCH", "/webhooks/800/").Any()
                || _discord.CallsTo("POST", "/webhooks/800/").Any(),
            "the follow-up"
        );
    }
}
