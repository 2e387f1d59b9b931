namespace CivBot.Tests.Cli;

using System.Diagnostics;
using System.Net;
using CivBot.Sms.Webhooks;
using CivBot.Tests.Support;

/// <summary>
/// <c>civbot run</c> started for real as a process with both channels configured against loopback addresses:
/// the channel modules are wired into the host, endpoints answer, and signatures are enforced.
/// </summary>
public sealed class RunHostTests
{
    private const string AuthToken = "test-auth-token";

    [Fact]
    public async Task Run_starts_the_configured_channels_and_serves_their_webhooks()
    {
        using var tmp = new TempDb();
        var port = FreePort.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        var managementUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = tmp.Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "civbot.dll"));
        start.ArgumentList.Add("run");
        var env = start.Environment;
        env["ASPNETCORE_URLS"] = baseUrl;
        env["CivBot__Management__Urls"] = managementUrl;
        env["CivBot__Database"] = tmp.Path;
        env["CivBot__FlowsDirectory"] = Repo.Flows;
        env["CivBot__Sms__AccountSid"] = "AC0123456789abcdef0123456789abcdef";
        env["CivBot__Sms__AuthToken"] = AuthToken;
        env["CivBot__Sms__FromNumber"] = "+15005550006";
        env["CivBot__Sms__PublicBaseUrl"] = baseUrl;
        // Nothing listens on port 9 of loopback: outbound calls fail fast and are retried, never leave the machine.
        env["CivBot__Sms__ApiBaseUrl"] = "http://127.0.0.1:9";
        env["CivBot__Telegram__Token"] = "123456:TEST";
        env["CivBot__Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";

        using var process = Process.Start(start)!;
        var seed = "(not read)";
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
                output.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
                output.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilHealthyAsync(http, managementUrl, process, output);

            var form = new Dictionary<string, string>
            {
                ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
                ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
                ["From"] = "+15005550001",
                ["To"] = "+15005550006",
                ["Body"] = "HELP",
                ["NumMedia"] = "0",
            };
            var url = baseUrl + "/sms/twilio";

            // A query string (which may carry anything) is never logged: only the route's template is.
            var forged = await http.PostAsync(
                url + "?token=query-secret",
                new FormUrlEncodedContent(form)
            );
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

            using var signed = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(form),
            };
            signed.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute(AuthToken, url, form));
            var ok = await http.SendAsync(signed);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Contains(
                "<Response>",
                await ok.Content.ReadAsStringAsync(),
                StringComparison.Ordinal
            );

            var telegram = await http.PostAsync(
                baseUrl + "/telegram/webhook",
                new StringContent("{}")
            );
            Assert.Equal(HttpStatusCode.Unauthorized, telegram.StatusCode);

            // The deployment key was made at start, beside the database; only its public half is served.
            using (var key = CivBot.Checkpoints.DeploymentKey.TryLoad(tmp.Path)!)
                Assert.Equal(
                    key.PublicKey.VerifierKey + "\n",
                    await http.GetStringAsync(baseUrl + "/.well-known/civbot-key")
                );
            seed = File.ReadAllLines(CivBot.Checkpoints.DeploymentKey.PathFor(tmp.Path))
                .Single(l => l.StartsWith("seed ", StringComparison.Ordinal))[5..];
            var unpublished = await http.GetAsync(baseUrl + "/g/no-such-page");
            Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        lock (output)
        {
            var log = output.ToString();
            Assert.DoesNotContain(AuthToken, log, StringComparison.Ordinal);
            Assert.DoesNotContain("123456:TEST", log, StringComparison.Ordinal);
            Assert.DoesNotContain("+15005550001", log, StringComparison.Ordinal);
            Assert.DoesNotContain("query-secret", log, StringComparison.Ordinal);
            Assert.Matches(@"POST /sms/twilio answered 403 in \d+\.\d ms", log);
            Assert.Matches(@"POST /sms/twilio answered 200 in \d+\.\d ms", log);
            Assert.Matches(@"POST /telegram/webhook answered 401 in \d+\.\d ms", log);
            Assert.DoesNotContain(seed, log, StringComparison.Ordinal);
        }
    }

    private static async Task WaitUntilHealthyAsync(
        HttpClient http,
        string baseUrl,
        Process process,
        System.Text.StringBuilder output
    )
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "civbot run exited early:\n" + output);
            try
            {
                if ((await http.GetAsync(baseUrl + "/healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        Assert.Fail("civbot run did not become healthy within 60 s:\n" + output);
    }
}
