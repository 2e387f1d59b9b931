namespace CivBot.Tests.Management;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CivBot.Hosting;
using CivBot.Sms.Webhooks;
using CivBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

/// <summary>
/// The management address as <c>run</c> composes it, on loopback: health, readiness and a Prometheus scrape whose
/// counters move with the traffic, kept apart from the webhook address.
/// </summary>
public sealed class ManagementEndpointTests
{
    private const string AuthToken = "management-test-auth-token";

    [Fact]
    public async Task The_management_address_reports_health_readiness_and_metrics_that_move_with_webhooks()
    {
        using var db = new TempDb();
        var (web, management) = (FreePort.Next(), FreePort.Next());
        var webUrl = $"http://127.0.0.1:{web}";
        var managementUrl = $"http://127.0.0.1:{management}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["urls"] = webUrl,
                    [Hosting.Management.UrlsKey] = managementUrl,
                    ["CivBot:DefaultFlow"] = "urgent-ride",
                    ["CivBot:Sms:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                    ["CivBot:Sms:AuthToken"] = AuthToken,
                    ["CivBot:Sms:FromNumber"] = "+15005550006",
                    ["CivBot:Sms:PublicBaseUrl"] = webUrl,
                    ["CivBot:Sms:ApiBaseUrl"] = "http://127.0.0.1:9",
                }
            )
            .Build();
        await using var app = await CivBotHost.BuildAsync(
            configuration,
            FlowSetup.Load(Repo.Flows, "urgent-ride"),
            db.Path,
            ChannelRegistry.Configured(configuration),
            builder => builder.Logging.ClearProviders(),
            CancellationToken.None
        );
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

            Assert.Equal("ok\n", await http.GetStringAsync(managementUrl + "/healthz"));
            var ready = await http.GetAsync(managementUrl + "/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var readiness = await ready.Content.ReadAsStringAsync();
            Assert.Contains("database: ok (schema ", readiness, StringComparison.Ordinal);
            Assert.Contains("sms: ok (receives webhooks)", readiness, StringComparison.Ordinal);

            // Each address serves only its own paths.
            Assert.Equal(
                HttpStatusCode.NotFound,
                (await http.GetAsync(webUrl + "/metrics")).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.NotFound,
                (await http.GetAsync(webUrl + "/healthz")).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.NotFound,
                (
                    await http.PostAsync(managementUrl + "/sms/twilio", new StringContent(""))
                ).StatusCode
            );

            var before = await http.GetStringAsync(managementUrl + "/metrics");
            var url = webUrl + "/sms/twilio";
            var form = new Dictionary<string, string>
            {
                ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
                ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                ["From"] = "+15005550001",
                ["To"] = "+15005550006",
                ["Body"] = "hello, who is this?",
                ["NumMedia"] = "0",
            };
            Assert.Equal(
                HttpStatusCode.Forbidden,
                (await http.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode
            );
            using var signed = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(form),
            };
            signed.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute(AuthToken, url, form));
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(signed)).StatusCode);
            var after = await http.GetStringAsync(managementUrl + "/metrics");

            // A text from a number in no group: recorded as unrouted (and answered with how to join).
            string[] unrouted = ["civbot_events_total{", "channel=\"sms\"", "outcome=\"unrouted\""];
            string[] rejected =
            [
                "civbot_webhooks_rejected_total{",
                "channel=\"sms\"",
                "reason=\"signature\"",
            ];
            Assert.True(Value(after, unrouted) >= Value(before, unrouted) + 1, after);
            Assert.True(Value(after, rejected) >= Value(before, rejected) + 1, after);
            Assert.Contains(
                "civbot_event_latency_milliseconds_bucket{",
                after,
                StringComparison.Ordinal
            );
            Assert.Contains("le=\"0.5\"", after, StringComparison.Ordinal);
            // The whole scrape in the message: a missing series is then explained by what is there.
            Assert.True(after.Contains("civbot_outbox_pending", StringComparison.Ordinal), after);
            Assert.Contains(
                "http_server_request_duration_seconds_bucket",
                after,
                StringComparison.Ordinal
            );
            Assert.Contains("dotnet_gc_collections_total", after, StringComparison.Ordinal);
            Assert.DoesNotContain("+15005550001", after, StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>The sample of the series whose line starts with the name and has the labels; 0 when not there yet.</summary>
    private static double Value(string scrape, string[] nameAndLabels)
    {
        var line = scrape
            .Split('\n')
            .FirstOrDefault(l =>
                l.StartsWith(nameAndLabels[0], StringComparison.Ordinal)
                && nameAndLabels.Skip(1).All(label => l.Contains(label, StringComparison.Ordinal))
            );
        if (line is null)
            return 0;
        var parts = Regex.Split(line[(line.LastIndexOf('}') + 1)..].Trim(), @"\s+");
        return double.Parse(parts[0], CultureInfo.InvariantCulture);
    }
}
