namespace CivBot.Hosting;

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// What bounds the memory a burst of hostile or oversized requests can take: no body over 1 MB anywhere (the largest a
/// platform sends, a Telegram update; each endpoint sets its own lower limit), and at most
/// <see cref="ConcurrentWebhooks"/> webhook requests (POSTs) at once, the rest waiting in a short queue or refused with
/// 503, which every platform retries.
/// </summary>
public static class WebhookLimits
{
    public const long MaxBody = 1 << 20;

    public const int ConcurrentWebhooks = 32;

    public const int QueuedWebhooks = 256;

    public static void Add(WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => Apply(k.Limits));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetConcurrencyLimiter(
                        "webhooks",
                        _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = ConcurrentWebhooks,
                            QueueLimit = QueuedWebhooks,
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        }
                    )
                    : RateLimitPartition.GetNoLimiter("other")
            );
            o.OnRejected = (context, _) =>
            {
                context
                    .HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(WebhookLimits))
                    .LogWarning(
                        "Refused a webhook request with 503: more than {Limit} at once",
                        ConcurrentWebhooks + QueuedWebhooks
                    );
                return ValueTask.CompletedTask;
            };
        });
    }

    private static void Apply(KestrelServerLimits limits)
    {
        limits.MaxRequestBodySize = MaxBody;
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestHeaderCount = 100;
        limits.MaxRequestLineSize = 8 * 1024;
    }
}
