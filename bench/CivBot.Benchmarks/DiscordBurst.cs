namespace CivBot.Benchmarks;

using System.Globalization;

/// <summary>
/// 600 messages over 60 Discord channels through the composed host's outbox, sender and rate limits, against
/// <see cref="LoopbackDiscordRest"/>. The least time the limits allow: a channel takes 5 every 5 s (so its last of 10
/// goes 5 s after its first), and all of them together 50 a second (the last of 600 after 11 s).
/// </summary>
internal static class DiscordBurst
{
    public const int Chats = 60;
    public const int PerChat = 10;

    public static async Task<bool> RunAsync(string dir)
    {
        await using var api = await LoopbackDiscordRest.StartAsync();
        await using var host = await WebhookHost.StartAsync(
            Path.Combine(dir, "burst-discord.db"),
            new Dictionary<string, string?>
            {
                ["CivBot:Discord:Token"] = "bench.discord.token",
                ["CivBot:Discord:ApiBaseUrl"] = api.Url + "/api/v10",
                // No gateway: the session keeps failing to connect to a closed port, which sending does not need.
                ["CivBot:Discord:GatewayUrl"] = "ws://127.0.0.1:9",
            }
        );
        var chats = Enumerable
            .Range(0, Chats)
            .Select(c => (1_200_000_000_000_000_000L + c).ToString(CultureInfo.InvariantCulture))
            .ToList();
        var warmUp = Enumerable
            .Range(0, LoopbackDiscordRest.GlobalPerSecond)
            .Select(c => (1_300_000_000_000_000_000L + c).ToString(CultureInfo.InvariantCulture))
            .ToList();
        var result = await OutboundBurst.RunAsync(
            host,
            "discord",
            chats,
            PerChat,
            warmUp,
            // The warm-up channels' buckets are their own; the global second is over long before this.
            TimeSpan.FromSeconds(1.5),
            () => api.Now,
            () => api.Accepted,
            () => api.LastAccepted,
            () => api.Refused
        );
        return OutboundBurst.Report(
            $"outbound burst, Discord: {PerChat} messages to each of {Chats} channels",
            result with
            {
                RefusedBy = api.RefusedBy,
            },
            Minimum(Chats * PerChat, PerChat)
        );
    }

    /// <summary>First to last send when every limit is used to the full.</summary>
    public static TimeSpan Minimum(int messages, int perChat)
    {
        var global = TimeSpan.FromSeconds((messages - 1) / LoopbackDiscordRest.GlobalPerSecond);
        var bucket =
            LoopbackDiscordRest.BucketWindow * ((perChat - 1) / LoopbackDiscordRest.BucketLimit);
        return global > bucket ? global : bucket;
    }
}
