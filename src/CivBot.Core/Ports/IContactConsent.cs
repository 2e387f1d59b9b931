namespace CivBot.Core.Ports;

using CivBot.Core.Model;

/// <summary>
/// Who said STOP. A channel with carrier-level consent (SMS) records opt-outs here and checks them at send time,
/// so nothing reaches a number that opted out, not even messages queued before it did.
/// </summary>
public interface IContactConsent
{
    /// <summary>Records an opt-out and fails every message still queued for that chat; or, with false, opts back in.</summary>
    Task SetOptedOutAsync(ChatAddress chat, bool optedOut, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(ChatAddress chat, CancellationToken cancellationToken);
}
