namespace CivBot.Telegram.Webhook;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CivBot.Telegram.Receiving;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// POST /telegram/webhook. The secret header is checked first (401, nothing read or changed); the answer is 200 only
/// after the update's events are durable, so anything else makes Telegram deliver it again.
/// </summary>
internal static class TelegramWebhook
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // An Update is a few KB; a much larger body is not Telegram.
    private const long MaxBody = 1 << 20;

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.WebhookSecret))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (context.Request.ContentLength > MaxBody)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(
                context.Request.Body,
                default,
                context.RequestAborted
            );
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using (document)
        {
            try
            {
                await services
                    .GetRequiredService<TelegramAdapter>()
                    .HandleAsync(document.RootElement, context.RequestAborted);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                services
                    .GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(TelegramWebhook))
                    .LogError(
                        e,
                        "A Telegram webhook update could not be recorded; Telegram will deliver it again"
                    );
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
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
