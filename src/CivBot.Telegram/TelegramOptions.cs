namespace CivBot.Telegram;

/// <summary>Section <c>CivBot:Telegram</c> (environment: <c>CivBot__Telegram__Token</c> and so on).</summary>
public sealed class TelegramOptions
{
    /// <summary>The bot token from @BotFather. Secret: it is part of every API URL and never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The Bot API server, scheme and host only (a path is refused: calls go to <c>/bot&lt;token&gt;/&lt;method&gt;</c> at its
    /// root); a local Bot API server or a test emulator can be set here.
    /// </summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS address Telegram POSTs to in webhook mode (ending in <c>/telegram/webhook</c>).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; 1–256 of <c>A-Z a-z 0-9 _ -</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Long-poll wait in seconds (Telegram clamps it to 50); each poll request gets this plus a margin.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>How long one send or edit may take before it counts as a timeout (and is retried later).</summary>
    public double SendTimeoutSeconds { get; set; } = 15;

    /// <summary>The Bot FAQ's limits. Only raise them for a local Bot API server or a test emulator.</summary>
    public TelegramRateLimits Limits { get; set; } = new();
}
