namespace CivBot.Sms;

using System.Text;
using CivBot.Sms.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        Func<SmsWebhook, CancellationToken, Task<SmsWebhookResult>> handle
    )
    {
        var request = context.Request;
        // The form is read by hand (not bound) so every field, known or not, goes into the signature check.
        var form = request.HasFormContentType
            ? await request.ReadFormAsync(context.RequestAborted)
            : FormCollection.Empty;
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
}
