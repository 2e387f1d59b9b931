namespace CivBot.Sms;

using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Sms.Inbound;
using CivBot.Sms.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Coordinates Twilio's webhooks: checks the signature, handles the carrier keywords (STOP, START, HELP) itself and
/// hands everything else to the pipeline, answering only once the event is durable. Replies go out through the outbox.
/// </summary>
public sealed class SmsAdapter(
    IInboundSink sink,
    IContactConsent consent,
    IDeliveryReports reports,
    IOptions<SmsOptions> options,
    IFlowCatalog flows,
    ILogger<SmsAdapter> logger
)
{
    private readonly HashSet<string> _flowCommands =
    [
        .. flows.All.Select(f => f.Command).OfType<string>(),
    ];

    private static readonly SmsWebhookResult Forbidden = new(403);

    private static SmsWebhookResult Reject(string reason)
    {
        Core.Ports.CivBotMeter.WebhooksRejected.Add(
            1,
            new System.Diagnostics.TagList { { "channel", SmsChannel.Name }, { "reason", reason } }
        );
        return Forbidden;
    }

    public async Task<SmsWebhookResult> HandleMessageAsync(
        SmsWebhook webhook,
        CancellationToken cancellationToken
    )
    {
        if (!Verified(webhook))
            return Reject("signature");
        var o = options.Value;
        var defaultGroup = string.IsNullOrWhiteSpace(o.DefaultGroup)
            ? (GroupId?)null
            : new GroupId(o.DefaultGroup.Trim());
        switch (SmsMapper.Map(webhook.Fields, defaultGroup, _flowCommands))
        {
            case SmsInbound.Keyword keyword:
                return await KeywordAsync(keyword, cancellationToken);
            case SmsInbound.Message message:
                var outcome = await sink.SubmitAsync(message.Event, cancellationToken);
                logger.LogDebug(
                    "SMS {Sid} from {Number}: {Outcome}",
                    message.Event.PlatformId,
                    PersonalData.MaskPhone(message.Event.Chat.ChatId),
                    outcome
                );
                return new SmsWebhookResult(200, TwiML.Empty);
            case SmsInbound.Invalid invalid:
                logger.LogWarning("Ignored a signed SMS webhook: {Problem}", invalid.Problem);
                return new SmsWebhookResult(400);
            default:
                throw new NotSupportedException("Unknown SMS inbound kind.");
        }
    }

    /// <summary>Twilio's status callback: records the delivery state; failures are logged with their error code.</summary>
    public async Task<SmsWebhookResult> HandleStatusAsync(
        SmsWebhook webhook,
        CancellationToken cancellationToken
    )
    {
        if (!Verified(webhook))
            return Reject("signature");
        var fields = webhook.Fields;
        var sid = fields.GetValueOrDefault("MessageSid") ?? fields.GetValueOrDefault("SmsSid");
        var status =
            fields.GetValueOrDefault("MessageStatus") ?? fields.GetValueOrDefault("SmsStatus");
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(status))
        {
            logger.LogWarning(
                "Ignored a signed status callback without MessageSid or MessageStatus"
            );
            return new SmsWebhookResult(400);
        }
        var error = fields.GetValueOrDefault("ErrorCode") is { Length: > 0 } code ? code : null;
        var to = fields.GetValueOrDefault("To") ?? "";
        var known = await reports.RecordAsync(
            new DeliveryReport(SmsChannel.Name, sid, status, error),
            cancellationToken
        );
        if (status is "failed" or "undelivered")
        {
            // Recorded on the outbox row (delivery_status, delivery_error) and logged: a failed SMS never vanishes.
            logger.LogWarning(
                "SMS {Sid} to {Number} was {Status}: Twilio error {ErrorCode}",
                sid,
                PersonalData.MaskPhone(to),
                status,
                error ?? "none"
            );
            if (error == "21610" && to.Length > 0)
                await consent.SetOptedOutAsync(SmsIdentity.Chat(to), true, cancellationToken);
        }
        if (!known)
            logger.LogInformation(
                "Status {Status} for SMS {Sid}, which is not an outbox message's first part",
                status,
                sid
            );
        return new SmsWebhookResult(200);
    }

    private bool Verified(SmsWebhook webhook)
    {
        var url = options.Value.PublicUrl(webhook.PathAndQuery);
        if (RequestValidator.IsValid(options.Value.AuthToken, url, webhook.Form, webhook.Signature))
            return true;
        logger.LogWarning(
            "Refused a webhook on {Path} with {Signature} signature",
            // The path only: a query string may carry anything, and the log keeps none of it.
            webhook.PathAndQuery.Split('?')[0],
            webhook.Signature is null ? "no" : "a wrong"
        );
        return false;
    }

    private async Task<SmsWebhookResult> KeywordAsync(
        SmsInbound.Keyword keyword,
        CancellationToken cancellationToken
    )
    {
        var masked = PersonalData.MaskPhone(keyword.Chat.ChatId);
        // Twilio answers its English keywords itself; the Spanish ones it does not know, so CivBot confirms them.
        var spanish = keyword.Language == "es";
        switch (keyword.Kind)
        {
            case SmsKeyword.OptOut:
                // CivBot stops everything to the number at once, queued messages included.
                await consent.SetOptedOutAsync(keyword.Chat, true, cancellationToken);
                logger.LogInformation("{Number} opted out ({Language})", masked, keyword.Language);
                return new SmsWebhookResult(
                    200,
                    spanish ? TwiML.Message(SmsTexts.OptedOutEs) : TwiML.Empty
                );
            case SmsKeyword.OptIn:
                await consent.SetOptedOutAsync(keyword.Chat, false, cancellationToken);
                logger.LogInformation(
                    "{Number} opted back in ({Language})",
                    masked,
                    keyword.Language
                );
                return new SmsWebhookResult(
                    200,
                    spanish ? TwiML.Message(SmsTexts.OptedInEs) : TwiML.Empty
                );
            default:
                // Help answers in the webhook's own response; nothing is recorded, and an opted-out number gets nothing.
                return await consent.IsOptedOutAsync(keyword.Chat, cancellationToken)
                    ? new SmsWebhookResult(200, TwiML.Empty)
                    : new SmsWebhookResult(
                        200,
                        TwiML.Message(spanish ? SmsTexts.HelpEs : SmsTexts.Help)
                    );
        }
    }
}
