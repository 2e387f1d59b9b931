namespace CivBot.Hosting;

using CivBot.Core.Ports;
using CivBot.Storage.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

/// <summary>
/// The operator's address, apart from the webhooks: <c>/healthz</c> (alive), <c>/readyz</c> (database reachable, schema
/// current, every configured channel connected or polling) and <c>/metrics</c> (Prometheus). It listens on
/// <c>CivBot:Management:Urls</c> (default loopback only); those paths answer 404 on the webhook address, and the
/// webhook paths answer 404 here. <c>CivBot:Management:OtlpEndpoint</c> also pushes the metrics to an OTLP collector.
/// </summary>
public static partial class Management
{
    public const string UrlsKey = "CivBot:Management:Urls";
    public const string OtlpKey = "CivBot:Management:OtlpEndpoint";
    public const string DefaultUrls = "http://127.0.0.1:9464";

    private static readonly string[] Paths = ["/healthz", "/readyz", "/metrics"];

    /// <summary>Listens on the management address too, and collects the metrics.</summary>
    public static void Add(WebApplicationBuilder builder, IConfiguration configuration)
    {
        var management = Urls(configuration[UrlsKey] ?? DefaultUrls, UrlsKey);
        var webhooks = Urls(
            builder.Configuration["urls"] ?? "http://localhost:5000",
            "ASPNETCORE_URLS"
        );
        if (management.Any(u => u.Port == 0))
            throw ConfigurationErrors.Refused(
                UrlsKey,
                typeof(Management),
                $"{UrlsKey} needs a fixed port (not 0), so its paths can be told from the webhooks'; e.g. CivBot__Management__Urls={DefaultUrls}"
            );
        if (management.Select(u => u.Port).Intersect(webhooks.Select(u => u.Port)).Any())
            throw ConfigurationErrors.Refused(
                UrlsKey,
                typeof(Management),
                $"{UrlsKey} uses the webhooks' port; give it a port of its own, e.g. CivBot__Management__Urls={DefaultUrls}"
            );
        builder.WebHost.UseUrls([.. webhooks.Select(u => u.Url), .. management.Select(u => u.Url)]);
        builder.Services.AddSingleton(new ManagementPorts([.. management.Select(u => u.Port)]));

        var otlp = configuration[OtlpKey];
        if (!string.IsNullOrWhiteSpace(otlp) && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
            throw ConfigurationErrors.Refused(
                OtlpKey,
                typeof(Management),
                $"{OtlpKey} is '{otlp}', which is not an absolute URL; e.g. CivBot__Management__OtlpEndpoint=http://127.0.0.1:4317"
            );
        builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("civbot"))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(CivBotMeter.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddView(View)
                    // Every scrape reads the figures afresh (the exporter's 300 ms answer cache is off).
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (!string.IsNullOrWhiteSpace(otlp))
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
    }

    /// <summary>
    /// How many tag combinations a metric keeps (OpenTelemetry's default is 2,000). Every metric allocates room for all
    /// of them up front, ~144 KB each, ~6.6 MB for the 46 metrics here; CivBot's tags (channel, outcome, result, route,
    /// status) combine into a few dozen at most. Past the limit the extra points are summed into one overflow point.
    /// </summary>
    internal const int TagCombinationsPerMetric = 200;

    private static MetricStreamConfiguration View(
        System.Diagnostics.Metrics.Instrument instrument
    ) =>
        instrument.Name == "http.server.request.duration"
            // ASP.NET Core reports seconds; its default buckets start at 5 ms, above a webhook's usual answer.
            ? new ExplicitBucketHistogramConfiguration
            {
                Boundaries = [.. CivBotMeter.MillisecondBuckets.Select(ms => ms / 1000)],
                CardinalityLimit = TagCombinationsPerMetric,
            }
            // Histograms keep the buckets their instrument advises (CivBot's own, in milliseconds).
            : new MetricStreamConfiguration { CardinalityLimit = TagCombinationsPerMetric };

    /// <summary>
    /// Builds the metrics pipeline (OpenTelemetry's meter provider, the outbox gauges) on another thread: its first run
    /// compiles ~0.1 s of code, which then overlaps the settings and schema checks instead of following them. Awaited
    /// before <see cref="Use"/>, which needs it.
    /// </summary>
    public static Task PrepareAsync(IServiceProvider services) =>
        Task.Run(() =>
        {
            services.GetRequiredService<MeterProvider>();
            services.GetRequiredService<Storage.Outbox.OutboxGauges>();
        });

    /// <summary>Keeps the two addresses apart and serves the management endpoints.</summary>
    public static void Use(WebApplication app)
    {
        var ports = app.Services.GetRequiredService<ManagementPorts>();
        app.Services.GetRequiredService<Storage.Outbox.OutboxGauges>();
        app.Use(
            async (context, next) =>
            {
                var onManagement = ports.Ports.Contains(context.Connection.LocalPort);
                if (onManagement != Paths.Contains(context.Request.Path.Value))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                await next(context);
            }
        );
        app.UseOpenTelemetryPrometheusScrapingEndpoint("/metrics");
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", ReadyAsync);
    }

    private static async Task<IResult> ReadyAsync(
        Migrator migrator,
        MigrationSet migrations,
        IEnumerable<IChannelReadiness> channels,
        CancellationToken cancellationToken
    )
    {
        var lines = new List<string>();
        var ready = true;
        try
        {
            var version = await migrator.CurrentVersionAsync(cancellationToken);
            var current = version == migrations.Latest;
            ready &= current;
            lines.Add(
                current
                    ? $"database: ok (schema {version})"
                    : $"database: schema {version}, expected {migrations.Latest}"
            );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ready = false;
            lines.Add("database: unreachable");
        }
        foreach (var channel in channels)
        {
            var ok = channel.IsReady(out var detail);
            ready &= ok;
            lines.Add($"{channel.Channel}: {(ok ? "ok" : "not ready")} ({detail})");
        }
        return Results.Text(
            string.Join('\n', lines) + "\n",
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable
        );
    }

    /// <summary>The URLs of a <c>;</c>-separated list, each with its port (0: any free port).</summary>
    private static List<(string Url, int Port)> Urls(string value, string key)
    {
        var urls = new List<(string, int)>();
        foreach (
            var part in value.Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            // Kestrel's wildcard hosts (http://*:80, http://+:80) are not URIs; only the scheme and port matter here.
            var parseable = WildcardHost().Replace(part, "://wildcard");
            if (
                !Uri.TryCreate(parseable, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")
            )
                throw ConfigurationErrors.Refused(
                    key,
                    typeof(Management),
                    $"{key} has '{part}', which is not an http(s) URL; e.g. {key.Replace(":", "__", StringComparison.Ordinal)}={DefaultUrls}"
                );
            urls.Add((part, uri.Port));
        }
        return urls;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"://[*+]")]
    private static partial System.Text.RegularExpressions.Regex WildcardHost();

    private sealed record ManagementPorts(IReadOnlyList<int> Ports);
}
