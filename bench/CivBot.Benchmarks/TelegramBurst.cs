namespace CivBot.Benchmarks;

using System.Globalization;

/// <summary>
/// 600 messages over 60 Telegram group chats through the composed host's outbox, sender and rate limiter, against
/// <see cref="LoopbackTelegram"/>. The least time the limits allow: the overall limit lets 30 go every second, one chat
/// takes one a second and a group 20 a minute, so the last of N messages can go no sooner than the largest of those.
/// </summary>
internal static class TelegramBurst
{
    public const int Chats = 60;
    public const int PerChat = 10;

    public static async Task<bool> RunAsync(string dir)
    {
        await using var api = await LoopbackTelegram.StartAsync();
        await using var host = await WebhookHost.StartAsync(
            Path.Combine(dir, "burst-telegram.db"),
            new Dictionary<string, string?> { ["CivBot:Telegram:ApiBaseUrl"] = api.Url }
        );
        var chats = Enumerable
            .Range(0, Chats)
            .Select(c => (-1_001_000_000_000L - c).ToString(CultureInfo.InvariantCulture))
            .ToList();
        var warmUp = Enumerable
            .Range(0, LoopbackTelegram.OverallPerSecond)
            .Select(c => (-1_002_000_000_000L - c).ToString(CultureInfo.InvariantCulture))
            .ToList();
        var result = await OutboundBurst.RunAsync(
            host,
            "telegram",
            chats,
            PerChat,
            warmUp,
            TimeSpan.FromSeconds(1.5),
            () => api.Now,
            () => api.Accepted,
            () => api.LastAccepted,
            () => api.Refused
        );
        return OutboundBurst.Report(
            $"outbound burst, Telegram: {PerChat} messages to each of {Chats} group chats",
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
        var overall = TimeSpan.FromSeconds((messages - 1) / LoopbackTelegram.OverallPerSecond);
        var chat = LoopbackTelegram.PerChatGap * (perChat - 1);
        var group = TimeSpan.FromMinutes((perChat - 1) / LoopbackTelegram.PerGroupPerMinute);
        return new[] { overall, chat, group }.Max();
    }
}
