namespace CivBot.Benchmarks;

using System.Globalization;
using CivBot.Checkpoints;
using CivBot.Cli;
using CivBot.Testing;
using CivBot.Testing.Receipts;
using CivBot.Testing.Web;
using CivBot.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

/// <summary>
/// The public page verifying a large chain in a real headless browser: a playground group runs the urgent ride and
/// publishes its receipts (the real <c>chat</c> verb), its chain grows to <c>receipts</c> and is signed again, and
/// <c>civbot page</c>'s host serves it on loopback to Debian's chromium. Each visit is a fresh page; the figure is the
/// page script's own time from the first fetch to "verified" (fetch, hash, walk, checkpoint).
/// </summary>
internal static class BrowserVerify
{
    private const string Group = "playground:group";

    public static async Task<IReadOnlyList<int>> RunAsync(string dir, int receipts, int visits)
    {
        var db = Path.Combine(dir, "page.db");
        var slug = await PublishAsync(db);
        await BulkReceipts.GrowToAsync(db, Group, receipts);
        using (var signer = DeploymentKey.TryLoad(db)!)
            await BulkReceipts.SignHeadAsync(db, Group, signer);

        await using var app = await PageHost.BuildAsync(
            new ConfigurationBuilder().Build(),
            db,
            0,
            logging => logging.ClearProviders(),
            CancellationToken.None
        );
        await app.StartAsync();
        var address = PageHost.AddressOf(app);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath(),
                Headless = true,
                Args = Chromium.Args,
            }
        );
        var times = new List<int>();
        for (var visit = 0; visit < visits; visit++)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"{address}/g/{slug}");
            var status = await page.WaitForSelectorAsync(
                "#verify-status.ok, #verify-status.bad",
                new() { Timeout = 60_000 }
            );
            var text = await status!.TextContentAsync() ?? "";
            if (!text.StartsWith($"verified: {receipts} receipts", StringComparison.Ordinal))
                throw new InvalidOperationException($"The page did not verify the chain: {text}");
            times.Add(
                int.Parse(
                    (await status.GetAttributeAsync("data-ms"))!,
                    CultureInfo.InvariantCulture
                )
            );
            await page.CloseAsync();
        }
        await app.StopAsync();
        return times;
    }

    private static async Task<string> PublishAsync(string db)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ChatVerb.RunAsync(
            new FileInfo(db),
            "urgent-ride",
            new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "flows")),
            new StringReader(
                string.Join('\n', [.. UrgentRideScript.Lines, .. UrgentRideScript.Publish])
            ),
            output,
            errors,
            CancellationToken.None
        );
        var lines = output.ToString().Split('\n');
        return exit == 0 && UrgentRideScript.PublishedSlug(lines) is { } slug
            ? slug
            : throw new InvalidOperationException(
                $"The playground did not publish the group (exit {exit}): {errors}"
            );
    }
}
