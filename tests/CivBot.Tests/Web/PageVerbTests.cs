namespace CivBot.Tests.Web;

using System.Text.RegularExpressions;
using CivBot.Cli;
using CivBot.Tests.Support;

public sealed partial class PageVerbTests
{
    [Fact]
    public async Task Civbot_page_serves_a_local_database_on_loopback_and_prints_each_published_groups_address()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringWriter();
        var run = PageVerb.RunAsync(
            new FileInfo(db.Path),
            0,
            TextWriter.Synchronized(output),
            stop.Token
        );

        Match? line = null;
        while (!stop.IsCancellationRequested && !run.IsCompleted)
        {
            line = Address().Match(output.ToString());
            if (line.Success && output.ToString().Contains("Serving on", StringComparison.Ordinal))
                break;
            await Task.Delay(50, stop.Token);
        }
        Assert.True(line is { Success: true }, output.ToString());
        Assert.Equal(group.Slug, line.Groups[2].Value);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(line.Groups[1].Value);
        Assert.Contains("<h1>Receipts of playground:group</h1>", page, StringComparison.Ordinal);

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }

    [Fact]
    public async Task Civbot_page_as_a_process_stops_cleanly_on_sigterm()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var db = new TempDb();
        await Playground.RunAsync(db.Path, "urgent-ride", "ann: hi");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (
            var a in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "civbot.dll"),
                "page",
                "--db",
                db.Path,
                "--port",
                "0",
            }
        )
            start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? line;
            do line = await process.StandardOutput.ReadLineAsync(ready.Token);
            while (
                line is not null
                && !line.StartsWith("Serving on http://127.0.0.1:", StringComparison.Ordinal)
            );
            Assert.NotNull(line);

            using (
                var term = System.Diagnostics.Process.Start(
                    "kill",
                    [
                        "-TERM",
                        process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ]
                )
            )
                await term.WaitForExitAsync();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"playground:group: (http://127\.0\.0\.1:\d+/g/([a-z0-9-]+))")]
    private static partial Regex Address();
}
