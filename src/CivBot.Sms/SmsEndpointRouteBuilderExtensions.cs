namespace CivBot.Sms;

using System.Text;
using CivBot.Sms.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

public static class SmsEndpointRouteBuilderExtensions
{
    /// <summary>POST /sms/twilio (Messaging webhook) and POST /sms/twilio/status (status callbacks), both signed.</summary>
    public static IEndpointRouteBuilder MapSmsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(
            SmsChannel.InboundPath,
            (HttpContext context, SmsAdapter adapter) =>
                HandleAsync(context, adapter.HandleMessageAsync)
        );
        endpoints.MapPost(
            SmsChannel.StatusPath,
            (HttpContext context, SmsAdapter adapter) =>
                HandleAsync(context, adapter.HandleStatusAsync)
        );
        return endpoints;
    }

    // Twilio posts a few dozen short fields (Body is at most 1,600 characters): far below these, hostile forms far above.
    internal const long MaxBody = 64 * 1024;

    private static readonly FormOptions TightForm = new()
    {
        BufferBody = false,
        ValueCountLimit = 128,
        KeyLengthLimit = 256,
        ValueLengthLimit = 16 * 1024,
        MultipartBodyLengthLimit = MaxBody,
    };

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        Func<SmsWebhook, CancellationToken, Task<SmsWebhookResult>> handle
    )
    {
        var request = context.Request;
        var logger = context
            .RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(SmsEndpointRouteBuilderExtensions));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBody;
        // Twilio always posts a URL-encoded form; anything else (multipart, JSON, nothing) is not Twilio.
        if (
            !request.HasFormContentType
            || request.ContentType is not { } type
            || !type.StartsWith(
                "application/x-www-form-urlencoded",
                StringComparison.OrdinalIgnoreCase
            )
        )
            return Refuse(
                logger,
                StatusCodes.Status415UnsupportedMediaType,
                "not a URL-encoded form"
            );
        if (request.ContentLength > MaxBody)
            return Refuse(logger, StatusCodes.Status413PayloadTooLarge, "body over 64 KB");
        // The form is read by hand (not bound) so every field, known or not, goes into the signature check. Twilio signs
        // the parsed form, so it is parsed before the check, within tight limits.
        IFormCollection form;
        try
        {
            context.Features.Set<IFormFeature>(new FormFeature(request, TightForm));
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "form beyond Twilio's shape");
        }
        catch (BadHttpRequestException e)
        {
            return Refuse(logger, e.StatusCode, "unreadable body");
        }
        var fields = form.SelectMany(f =>
                f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))
            )
            .ToList();
        var webhook = new SmsWebhook(
            request.PathBase + request.Path + request.QueryString,
            fields,
            request.Headers["X-Twilio-Signature"].FirstOrDefault()
        );
        var result = await handle(webhook, context.RequestAborted);
        return result.TwiML is { } xml
            ? Results.Text(xml, TwiML.ContentType, Encoding.UTF8, result.StatusCode)
            : Results.StatusCode(result.StatusCode);
    }

    /// <summary>One warning line per refused request; no field is logged (they carry phone numbers).</summary>
    private static IResult Refuse(ILogger logger, int status, string reason)
    {
        logger.LogWarning("Refused an SMS webhook request with {Status}: {Reason}", status, reason);
        Core.Ports.CivBotMeter.WebhooksRejected.Add(
            1,
            new System.Diagnostics.TagList { { "channel", SmsChannel.Name }, { "reason", reason } }
        );
        return Results.StatusCode(status);
    }
}
