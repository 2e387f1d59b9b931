namespace CivBot.Core.Ports;

/// <summary>A channel's way out. One per channel; the outbox dispatcher calls it for that channel's messages, in order per chat.</summary>
public interface IChannelSender
{
    /// <summary>The channel name this sender serves (matches <see cref="Model.ChatAddress.Channel"/>).</summary>
    string Channel { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
