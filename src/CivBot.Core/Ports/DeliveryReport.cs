namespace CivBot.Core.Ports;

/// <summary>
/// A platform's later word on a message it accepted (Twilio's status callback): delivered, undelivered, failed...
/// </summary>
/// <param name="PlatformMessageId">The id the sender returned in <see cref="Sent"/>.</param>
/// <param name="ErrorCode">The platform's error code for failed or undelivered messages.</param>
public sealed record DeliveryReport(
    string Channel,
    string PlatformMessageId,
    string Status,
    string? ErrorCode
);
