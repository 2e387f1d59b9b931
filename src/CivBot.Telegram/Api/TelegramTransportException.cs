namespace CivBot.Telegram.Api;

/// <summary>A Bot API call failed below HTTP (connection refused, reset...). The message never contains the token.</summary>
public sealed class TelegramTransportException(string method, string reason)
    : Exception($"Telegram {method} failed: {reason}");
