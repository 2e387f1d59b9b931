namespace CivBot.Core.Ports;

/// <summary>
/// A channel got an update it cannot read (malformed JSON, a string where a number belongs, a type it does not know).
/// Recording it as refused, with the reason, lets the channel skip it for good (a poller moves its offset past it, a
/// webhook answers 200) instead of having the platform redeliver it for ever, and leaves a trace for the operator.
/// </summary>
public interface IRefusedUpdates
{
    /// <summary>Idempotent on (channel, platform id); returns false when that update was already in the inbox.</summary>
    Task<bool> RecordAsync(
        string channel,
        string platformId,
        string reason,
        CancellationToken cancellationToken
    );
}
