namespace CivBot.Core.Ports;

/// <summary>
/// A channel's own answer to "can you receive right now?": its gateway connected, its long poll answering, its webhook
/// accepted. The host's <c>/readyz</c> asks every configured channel.
/// </summary>
public interface IChannelReadiness
{
    string Channel { get; }

    /// <summary>True when ready; <paramref name="detail"/> says what the channel is doing, in a few words.</summary>
    bool IsReady(out string detail);
}
