namespace CivBot.Telegram.Tests.Integration;

using CivBot.Telegram.Tests.Support;
using CivBot.Testing.Telegram;

/// <summary>The whole bot against the npm telegram-test-api emulator, in both delivery modes.</summary>
public sealed class EmulatorTests
{
    // The emulator has no limits of its own; the real ones are proven on a fake clock in RateLimiterTests.
    private static Dictionary<string, string?> Settings(Emulator tg) =>
        new()
        {
            ["Token"] = Emulator.Token,
            ["ApiBaseUrl"] = tg.ApiUrl,
            ["Limits:PerChatIntervalSeconds"] = "0.02",
            ["Limits:PerGroupPerMinute"] = "1000",
        };

    [Fact]
    public async Task The_urgent_ride_story_runs_in_a_group_topic_over_long_polling()
    {
        await using var tg = await Emulator.StartAsync();
        var settings = Settings(tg);
        settings["Mode"] = "polling";
        await using var bot = await BotHost.StartAsync(settings, emulator: true);

        await UrgentRideStory.RunAsync(tg);

        Assert.Equal(13, bot.Db.Count("SELECT COUNT(*) FROM receipts"));
    }

    [Fact]
    public async Task The_urgent_ride_story_runs_in_a_group_topic_over_the_webhook()
    {
        const string Secret = "emulator-secret_1";
        await using var tg = await Emulator.StartAsync(Secret);
        var settings = Settings(tg);
        settings["Mode"] = "webhook";
        settings["WebhookUrl"] = "{url}/telegram/webhook";
        settings["WebhookSecret"] = Secret;
        await using var bot = await BotHost.StartAsync(settings, emulator: true);

        await UrgentRideStory.RunAsync(tg);

        Assert.Equal(13, bot.Db.Count("SELECT COUNT(*) FROM receipts"));
    }
}
