namespace CivBot.Telegram.Api;

/// <summary>A Bot API call got no answer in time; whether Telegram acted on it is unknown.</summary>
public sealed class TelegramTimeoutException(string method, TimeSpan after)
    : TimeoutException($"Telegram {method} got no answer within {after.TotalSeconds:0.#} s.");
