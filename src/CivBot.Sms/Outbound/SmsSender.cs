namespace CivBot.Sms.Outbound;

using CivBot.Core.Ports;
using Microsoft.Extensions.Logging;

/// <summary>
/// The outbox's way out over SMS. Checks consent at send time (a STOP that arrived after a message was queued still
/// wins), keeps texts short and GSM-7 where it can, splits above 1,600 characters and logs what each send costs.
/// </summary>
public sealed class SmsSender(
    TwilioClient twilio,
    IContactConsent consent,
    ILogger<SmsSender> logger
) : IChannelSender
{
    public string Channel => SmsChannel.Name;

    public async Task<SendResult> SendAsync(
        OutboundMessage message,
        CancellationToken cancellationToken
    )
    {
        var number = message.Chat.ChatId;
        var masked = PersonalData.MaskPhone(number);
        if (await consent.IsOptedOutAsync(message.Chat, cancellationToken))
        {
            logger.LogInformation(
                "Outbox message {Id} to {Number} not sent: the number opted out",
                message.Id,
                masked
            );
            return new Undeliverable(OptedOutReason);
        }
        var parts = SmsSplitter.Split(SmsText.Render(message));
        string? first = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var (encoding, segments) = SmsSegments.Count(parts[i]);
            var result = await twilio.SendAsync(number, parts[i], cancellationToken);
            switch (result)
            {
                case TwilioSendResult.Accepted accepted:
                    first ??= accepted.Sid;
                    SmsMetrics.Messages.Add(1);
                    SmsMetrics.Segments.Add(
                        segments,
                        new KeyValuePair<string, object?>("encoding", encoding.ToString())
                    );
                    logger.LogInformation(
                        "Sent outbox message {Id} to {Number} as {Sid} (part {Part} of {Parts}): {Segments} segment(s), {Encoding}",
                        message.Id,
                        masked,
                        accepted.Sid,
                        i + 1,
                        parts.Count,
                        segments,
                        encoding
                    );
                    break;
                case TwilioSendResult.Transient transient:
                    // A split message that fails half way is sent again whole: a repeated part beats a lost one.
                    return new RetryLater(transient.Reason, transient.After);
                case TwilioSendResult.OptedOut:
                    await consent.SetOptedOutAsync(message.Chat, true, cancellationToken);
                    logger.LogInformation(
                        "Twilio refused outbox message {Id}: {Number} opted out (21610); recorded",
                        message.Id,
                        masked
                    );
                    return new Undeliverable(OptedOutReason + " (Twilio 21610)");
                case TwilioSendResult.AuthFailed auth:
                    logger.LogError(
                        "Twilio refused CivBot's credentials ({Status}); check CivBot:Sms:AccountSid and AuthToken. Messages stay queued",
                        auth.Status
                    );
                    return new RetryLater($"Twilio authentication failed ({auth.Status})");
                case TwilioSendResult.Rejected rejected:
                    logger.LogWarning(
                        "Twilio rejected outbox message {Id} to {Number}: HTTP {Status}, error {Code}",
                        message.Id,
                        masked,
                        rejected.Status,
                        rejected.Code
                    );
                    return new Undeliverable(
                        $"Twilio error {rejected.Code} (HTTP {rejected.Status})"
                    );
            }
        }
        return new Sent(first);
    }

    public const string OptedOutReason = "opted out";
}
