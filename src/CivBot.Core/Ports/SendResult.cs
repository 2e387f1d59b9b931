namespace CivBot.Core.Ports;

/// <summary>What happened to one send attempt.</summary>
public abstract record SendResult;

/// <summary>Delivered to the platform; its id for this message (for later edits), when it has one.</summary>
public sealed record Sent(string? PlatformMessageId) : SendResult;

/// <summary>Try again later: after <paramref name="After"/> when the platform said (429 retry_after), else with backoff.</summary>
public sealed record RetryLater(string Reason, TimeSpan? After = null) : SendResult;

/// <summary>Will never be delivered (blocked, opted out, chat gone). Recorded, not retried.</summary>
public sealed record Undeliverable(string Reason) : SendResult;
