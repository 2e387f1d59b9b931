namespace CivBot.Telegram.Webhook;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CivBot.Telegram.Receiving;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

/// <summary>
/// POST /telegram/webhook. The secret header is checked first (401, nothing read or changed); the answer is 200 only
/// after the update's events are durable, so anything else makes Telegram deliver it again.
/// </summary>
internal static class TelegramWebhook
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // An Update is a few KB; a much larger body is not Telegram. Enforced while reading, so a chunked body is cut off too.
    internal const long MaxBody = 1 << 20;

    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 64 };

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.WebhookSecret))
        {
            Rejected("secret");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var logger = services
            .GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(TelegramWebhook));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBody;
        if (!IsJson(context.Request.ContentType))
        {
            Refuse(context, logger, StatusCodes.Status415UnsupportedMediaType, "not JSON");
            return;
        }
        if (context.Request.ContentLength > MaxBody)
        {
            Refuse(context, logger, StatusCodes.Status413PayloadTooLarge, "body over 1 MB");
            return;
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(
                context.Request.Body,
                Json,
                context.RequestAborted
            );
        }
        catch (JsonException)
        {
            Refuse(context, logger, StatusCodes.Status400BadRequest, "malformed JSON");
            return;
        }
        catch (BadHttpRequestException e)
        {
            Refuse(context, logger, e.StatusCode, "unreadable body");
            return;
        }
        using (document)
        {
            try
            {
                var id = await services
                    .GetRequiredService<TelegramAdapter>()
                    .HandleAsync(document.RootElement, context.RequestAborted);
                if (id is null)
                {
                    // The adapter logged it; an answer other than 2xx would have Telegram resend it for nothing.
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(
                    e,
                    "A Telegram webhook update could not be recorded; Telegram will deliver it again"
                );
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static void Rejected(string reason) =>
        Core.Ports.CivBotMeter.WebhooksRejected.Add(
            1,
            new System.Diagnostics.TagList
            {
                { "channel", TelegramChannel.Name },
                { "reason", reason },
            }
        );

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>One warning line per refused request; the body is never logged.</summary>
    private static void Refuse(HttpContext context, ILogger logger, int status, string reason)
    {
        logger.LogWarning(
            "Refused a Telegram webhook request with {Status}: {Reason}",
            status,
            reason
        );
        Rejected(reason);
        context.Response.StatusCode = status;
    }

    /// <summary>
    /// Constant time: both sides are hashed first, so neither the contents nor the length of the expected secret leaks
    /// through how long a wrong guess takes. No configured secret means nobody gets in.
    /// </summary>
    internal static bool SecretMatches(string presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected))
            return false;
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
