namespace CivBot.Tests.Web;

using System.Text.RegularExpressions;
using CivBot.Checkpoints;
using CivBot.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The public receipts page as a reader's browser sees it (headless Chromium, the page's own script).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PublicPageTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToHaveClassOptions Wait = new() { Timeout = 15_000 };

    private async Task<IPage> OpenAsync(string url)
    {
        var page = await browser.Browser.NewPageAsync(
            new BrowserNewPageOptions
            {
                ViewportSize = new ViewportSize { Width = 412, Height = 900 },
            }
        );
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        return page;
    }

    [Fact]
    public async Task A_published_playground_group_page_loads_and_its_script_shows_a_verified_chain_signed_by_the_deployment_key()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await OpenAsync($"{server.Address}/g/{group.Slug}");

        var status = page.Locator("#verify-status");
        await Expect(status).ToHaveClassAsync(new Regex(@"\bok\b"), Wait);
        using var key = DeploymentKey.TryLoad(db.Path)!;
        Assert.Matches(
            $@"^verified: {group.ReceiptCount()} receipts, head [0-9a-f]{{12}}…, signed by key {key.PublicKey.Fingerprint} at \d+ receipts\.$",
            await status.TextContentAsync()
        );
        await Expect(page.Locator("h1")).ToHaveTextAsync("Receipts of playground:group");
        await Expect(page.Locator("#loop-1")).ToContainTextAsync("Need a ride for my son");
        await Expect(page.Locator("#totals + ul")).ToHaveTextAsync("6.40 USD");

        // Each receipt opens as its canonical JSON, the same line the JSONL export serves.
        var jsonl = await page.APIRequest.GetAsync(
            $"{server.Address}/g/{group.Slug}/receipts.jsonl"
        );
        var first = (await jsonl.TextAsync()).Split('\n')[0];
        await page.Locator("#r1 a").ClickAsync();
        Assert.Equal(first, await page.Locator("body").InnerTextAsync());
    }

    [Fact]
    public async Task The_filters_narrow_the_timeline_by_kind_and_loop_without_needing_the_script()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await OpenAsync($"{server.Address}/g/{group.Slug}");
        await page.SelectOptionAsync("#f-kind", "spend");
        await page.SelectOptionAsync("#f-loop", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"kind=spend"));
        var rows = page.Locator(".timeline li");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("spend eve: gas 6.40 USD");
    }

    [Fact]
    public async Task After_one_receipt_is_edited_in_the_database_the_page_names_that_receipt()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        await ChainTamper.EditAsync(db.Path, PublishedGroup.Group, 5, "Someone else drives");
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await OpenAsync($"{server.Address}/g/{group.Slug}");

        var status = page.Locator("#verify-status");
        await Expect(status).ToHaveClassAsync(new Regex(@"\bbad\b"), Wait);
        Assert.Equal(
            "BROKEN at receipt #5: its content does not match its hash (it was edited). Receipts before #5 are intact.",
            await status.TextContentAsync()
        );
        await Expect(page.Locator("#r5")).ToHaveClassAsync(new Regex("broken"));
    }

    [Fact]
    public async Task After_a_consistent_rewrite_and_a_fresh_signature_the_page_fails_against_the_checkpoint_the_chat_received_earlier()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        await ChainTamper.RewriteAsync(db.Path, PublishedGroup.Group, 5, "Someone else drives");
        await group.ResignLatestCheckpointAsync();
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await OpenAsync($"{server.Address}/g/{group.Slug}");

        // On its own terms the rewritten chain checks out: it is consistent and freshly signed.
        await Expect(page.Locator("#verify-status")).ToHaveClassAsync(new Regex(@"\bok\b"), Wait);
        // The chat's earlier copy is what catches it.
        await page.Locator("details summary").ClickAsync();
        await page.GetByLabel("Paste the checkpoint the bot posted in your chat")
            .FillAsync(group.EarlierCheckpoint);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check against this checkpoint" })
            .ClickAsync();
        var result = page.Locator("#checkpoint-status");
        await Expect(result).ToHaveClassAsync(new Regex(@"\bbad\b"), Wait);
        Assert.StartsWith(
            "BROKEN against the signed checkpoint: receipt #",
            await result.TextContentAsync()
        );
    }

    [Fact]
    public async Task Unpublish_takes_the_page_and_its_exports_down_at_once()
    {
        using var db = new TempDb();
        var group = await PublishedGroup.CreateAsync(db.Path);
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await OpenAsync($"{server.Address}/g/{group.Slug}");

        // Who may unpublish is the engine's rule (PublishTests); at the playground everyone is the chat's admin.
        var answer = await Playground.RunAsync(db.Path, "urgent-ride", "dan: /unpublish");
        Assert.Contains(
            "bot: dan took the public receipts page down. It is gone now; /publish asks the group to put it back.",
            answer
        );
        foreach (
            var path in new[] { "", "/receipts.jsonl", "/receipts.csv", "/checkpoint", "/r/1.json" }
        )
        {
            var response = await page.APIRequest.GetAsync($"{server.Address}/g/{group.Slug}{path}");
            Assert.Equal(404, response.Status);
        }
    }
}
