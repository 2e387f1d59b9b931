namespace CivBot.Telegram;

/// <summary>Telegram's published send limits (Bot FAQ): per chat, per group chat and overall.</summary>
public sealed class TelegramRateLimits
{
    /// <summary>Minimum gap between two messages to the same chat (about 1 message/s).</summary>
    public double PerChatIntervalSeconds { get; set; } = 1;

    /// <summary>Messages per minute to one group chat.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>Messages per second over all chats.</summary>
    public int OverallPerSecond { get; set; } = 30;
}
