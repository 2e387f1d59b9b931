namespace CivBot.Tests.Cli;

using System.Net;
using CivBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Each configuration mistake an operator can make stops the program with one line naming the key, what is wrong and
/// an example, and exit code 2: no stack trace, no half-started host. Run as a process, as an operator runs it.
/// </summary>
public sealed class ConfigurationMistakeTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    public static TheoryData<string, string[], string> Mistakes() =>
        new()
        {
            {
                "run",
                ["CivBot__Discord__Token=abc.def", "CivBot__Discord__GuildIds__0=my-server"],
                "CivBot:Discord:GuildIds:0 is 'my-server', which is not a server id (Developer Mode, then right-click the server, Copy Server ID); e.g. CivBot__Discord__GuildIds__0=123456789012345678"
            },
            {
                "run",
                [
                    "CivBot__Sms__AccountSid=AC123",
                    "CivBot__Sms__AuthToken=secret",
                    "CivBot__Sms__FromNumber=+15005550006",
                    "CivBot__Sms__PublicBaseUrl=https://civbot.example.org",
                ],
                "CivBot:Sms:AccountSid is not a Twilio Account SID (AC and 32 hex digits, on the Twilio console's home page); e.g. CivBot__Sms__AccountSid=AC0123456789abcdef0123456789abcdef"
            },
            {
                "run",
                [
                    "CivBot__Sms__AccountSid=" + Sid,
                    "CivBot__Sms__FromNumber=+15005550006",
                    "CivBot__Sms__PublicBaseUrl=https://civbot.example.org",
                ],
                "CivBot:Sms:AuthToken is missing (it signs webhooks and authorizes sends; beside the Account SID on the Twilio console); e.g. CivBot__Sms__AuthToken=<your auth token>"
            },
            {
                "run",
                ["CivBot__Telegram__Token=1:abc", "CivBot__Telegram__Mode=hooks"],
                "CivBot:Telegram:Mode is 'hooks', which is not one of Polling, Webhook; e.g. CivBot__Telegram__Mode=Polling"
            },
            {
                "run",
                ["CivBot__Telegram__Token=1:abc", "CivBot__Telegram__PollTimeoutSeconds=ten"],
                "CivBot:Telegram:PollTimeoutSeconds is 'ten', which is not a whole number; e.g. CivBot__Telegram__PollTimeoutSeconds=10"
            },
            {
                "run",
                ["CivBot__Telegram__Token=1:abc", "CivBot__Synchronous=sometimes"],
                "CivBot:Synchronous is 'sometimes', which is not one of OFF, NORMAL, FULL, EXTRA; e.g. CivBot__Synchronous=FULL"
            },
            {
                "run",
                [
                    "CivBot__Telegram__Token=1:abc",
                    "CivBot__Telegram__ApiBaseUrl=http://127.0.0.1:8081/telegram",
                ],
                "CivBot:Telegram:ApiBaseUrl has a path, which the Bot API client ignores: give the server's address only; e.g. CivBot__Telegram__ApiBaseUrl=http://127.0.0.1:8081"
            },
            {
                "chat",
                ["CivBot__TimeZone=Chicago"],
                "CivBot:TimeZone is 'Chicago', which is not an IANA time zone; e.g. CivBot__TimeZone=America/Chicago"
            },
            {
                "chat",
                ["CivBot__Synchronous=sometimes"],
                "CivBot:Synchronous is 'sometimes', which is not one of OFF, NORMAL, FULL, EXTRA; e.g. CivBot__Synchronous=FULL"
            },
        };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_configuration_mistake_is_one_line_naming_the_key_and_an_example_with_exit_code_2(
        string verb,
        string[] environment,
        string line
    )
    {
        using var tmp = new TempDb();
        var env = environment.Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        env["CivBot__Database"] = tmp.Path;
        // Nothing listens on port 9 of loopback: no mistake here may be found by calling a platform.
        env.TryAdd("CivBot__Telegram__ApiBaseUrl", "http://127.0.0.1:9");
        env.TryAdd("CivBot__Discord__ApiBaseUrl", "http://127.0.0.1:9");
        env.TryAdd("CivBot__Sms__ApiBaseUrl", "http://127.0.0.1:9");

        var result = await CliProcess.RunAsync(tmp.Dir, "", env, verb);

        Assert.Equal(2, result.Exit);
        Assert.Equal(line, result.Err.Trim());
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(tmp.Path), "a refused configuration must not create the database");
    }

    [Fact]
    public async Task A_Telegram_token_that_getMe_refuses_stops_start_up_with_one_line()
    {
        using var tmp = new TempDb();
        await using var telegram = await RefusingBotApiAsync();
        var env = new Dictionary<string, string>
        {
            ["CivBot__Database"] = tmp.Path,
            ["CivBot__Telegram__Token"] = "123456:revoked",
            ["CivBot__Telegram__ApiBaseUrl"] = telegram.Urls.Single(),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["CivBot__Management__Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
        };

        var result = await CliProcess.RunAsync(tmp.Dir, null, env, "run");

        Assert.Equal(2, result.Exit);
        Assert.Equal(
            "CivBot:Telegram:Token was refused by Telegram (401 Unauthorized); copy the token @BotFather gave you, e.g. CivBot__Telegram__Token=123456789:AAH...",
            result.Err.Trim()
        );
        Assert.DoesNotContain(" at ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("123456:revoked", result.Out, StringComparison.Ordinal);
    }

    /// <summary>A Bot API that knows no token: every method answers 401, as Telegram does for a revoked one.</summary>
    private static async Task<WebApplication> RefusingBotApiAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Map(
            "/{**path}",
            () =>
                Results.Json(
                    new
                    {
                        ok = false,
                        error_code = 401,
                        description = "Unauthorized",
                    },
                    statusCode: 401
                )
        );
        await app.StartAsync();
        return app;
    }
}
