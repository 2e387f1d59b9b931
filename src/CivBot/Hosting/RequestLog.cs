namespace CivBot.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;

/// <summary>
/// One log line per request: method, route, status and time. Only the route's template is logged, never the path, the
/// query string or a header, so no token, slug or phone number reaches the log. Webhooks (POST) log at Information,
/// page views at Debug.
/// </summary>
public static class RequestLog
{
    public const string Template =
        "{RequestMethod} {Route} answered {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>Lets the host run request logging even when Serilog is not its logging provider (tests).</summary>
    public static void AddServices(IServiceCollection services) =>
        services.TryAddSingleton(new Serilog.Extensions.Hosting.DiagnosticContext(null));

    public static void Use(WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // Without a Serilog logger (a test host with its own log recorder) the lines go to the silent static logger.
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.MessageTemplate = Template;
            o.GetMessageTemplateProperties = (context, _, elapsed, status) =>
                [
                    new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                    new LogEventProperty("Route", new ScalarValue(RouteOf(context))),
                    new LogEventProperty("StatusCode", new ScalarValue(status)),
                    new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                ];
            o.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : HttpMethods.IsPost(context.Request.Method) ? LogEventLevel.Information
                : LogEventLevel.Debug;
        });

    private static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
}
