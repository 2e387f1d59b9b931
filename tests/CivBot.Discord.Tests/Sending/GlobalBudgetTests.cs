namespace CivBot.Discord.Tests.Sending;

using System.Text.Json.Nodes;
using CivBot.Discord.Api;
using CivBot.Discord.Tests.Support;
using Microsoft.Extensions.Options;

/// <summary>
/// The bot's own 50 requests a second, on a manual clock: counted from the answers, waited out inside a send (it frees
/// up within a second), while an empty bucket still goes back to the outbox as a retry.
/// </summary>
public sealed class GlobalBudgetTests : IAsyncLifetime, IDisposable
{
    private readonly ManualTimeProvider _clock = new() { ControlsTimers = true };
    private LoopbackDiscord _discord = null!;
    private RateLimits _limits = null!;
    private DiscordRest _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await LoopbackDiscord.StartAsync();
        _limits = new RateLimits(_clock);
        _rest = new DiscordRest(
            new HttpClient(),
            Options.Create(new DiscordOptions { Token = "t", ApiBaseUrl = _discord.ApiUrl }),
            _limits,
            _clock
        );
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _rest?.Dispose();

    private static DiscordRoute Post(int channel) =>
        DiscordRoute.Of(HttpMethod.Post, $"/channels/{channel}/messages");

    [Fact]
    public void A_second_of_budget_is_counted_from_when_discord_answered()
    {
        for (var c = 0; c < RateLimits.GlobalPerSecond; c++)
            Assert.Equal(TimeSpan.Zero, _limits.TryTake(Post(c)));
        // Fifty requests await their answers: they may reach Discord at any moment, so no request may go yet.
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(_limits.TryTake(Post(99), out var ownBudget) > TimeSpan.Zero);
        Assert.True(ownBudget);
        var answer = _limits.NextAnswer;
        Assert.False(answer.IsCompleted);

        // Discord answered them late, so it may have counted them as late as that.
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        for (var c = 0; c < RateLimits.GlobalPerSecond; c++)
            _limits.Answered(Post(c));
        Assert.True(answer.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(1), _limits.TryTake(Post(99)));
    }

    [Fact]
    public void An_empty_bucket_is_not_the_bots_own_budget()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "2.5");
        _limits.Learn(Post(1), response.Headers, 200, null, false);
        Assert.Equal(TimeSpan.FromSeconds(2.5), _limits.TryTake(Post(1), out var ownBudget));
        Assert.False(ownBudget);
    }

    [Fact]
    public async Task A_send_over_the_bots_own_budget_waits_inside_and_goes_when_the_second_is_over()
    {
        for (var c = 0; c < RateLimits.GlobalPerSecond; c++)
            Assert.True(
                (
                    await _rest.TryAsync(
                        HttpMethod.Post,
                        $"/channels/{c}/messages",
                        Body(),
                        default
                    )
                ).Ok
            );

        var waiting = _rest.TryAsync(HttpMethod.Post, "/channels/99/messages", Body(), default);
        Assert.False(waiting.IsCompleted);
        Assert.Empty(_discord.CallsTo("POST", "/channels/99/"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        var answer = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(answer.Ok);
        Assert.Single(_discord.CallsTo("POST", "/channels/99/"));
    }

    private static JsonObject Body() => new() { ["content"] = "hi" };
}
