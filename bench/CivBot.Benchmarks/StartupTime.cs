namespace CivBot.Benchmarks;

using System.Diagnostics;

/// <summary>
/// Start-up: <c>civbot run</c> (SMS configured, its API on a closed loopback port) started as a process, timed from
/// the start to the first 200 from <c>/readyz</c> on the management address. The best of a few runs, each on a new
/// database (the first start creates the schema and the deployment key, as a new deployment's does). By default the
/// <c>civbot.dll</c> built beside the benchmark; <c>--program</c> names another, e.g. the ReadyToRun build that
/// docs/deploy.md publishes.
/// </summary>
internal static class StartupTime
{
    public static async Task<(double First, double Again)> RunAsync(string dir, string? program)
    {
        program = Path.GetFullPath(program ?? Path.Combine(AppContext.BaseDirectory, "civbot.dll"));
        var flows = Path.Combine(Path.GetDirectoryName(program)!, "flows");
        var db = Path.Combine(dir, "startup", "civbot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        var first = await OnceAsync(program, flows, db);
        var again = double.MaxValue;
        for (var i = 0; i < 3; i++)
            again = Math.Min(again, await OnceAsync(program, flows, db));
        return (first, again);
    }

    private static async Task<double> OnceAsync(string program, string flows, string db)
    {
        var management = $"http://127.0.0.1:{WebhookHost.FreePort()}";
        var web = $"http://127.0.0.1:{WebhookHost.FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(db)!,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("run");
        var env = start.Environment;
        env["ASPNETCORE_URLS"] = web;
        env["CivBot__Management__Urls"] = management;
        env["CivBot__Database"] = db;
        env["CivBot__FlowsDirectory"] = flows;
        env["CivBot__Sms__AccountSid"] = "AC0123456789abcdef0123456789abcdef";
        env["CivBot__Sms__AuthToken"] = "bench-token";
        env["CivBot__Sms__FromNumber"] = "+15005550006";
        env["CivBot__Sms__PublicBaseUrl"] = web;
        env["CivBot__Sms__ApiBaseUrl"] = "http://127.0.0.1:9";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (process.HasExited)
                    throw new InvalidOperationException(
                        $"civbot run exited with {process.ExitCode}"
                    );
                try
                {
                    if ((await http.GetAsync(management + "/readyz")).IsSuccessStatusCode)
                        return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(10);
            }
            throw new TimeoutException("civbot run was not ready within 60 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
