namespace CivBot.Tests.Web;

using System.Text.RegularExpressions;
using CivBot.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>The public page of a group that speaks Spanish: its words, dates and amounts in Spanish; receipts as written.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SpanishPageTests(BrowserFixture browser)
{
    private static async Task<PublishedGroup> SpanishGroupAsync(TempDb db)
    {
        var group = await PublishedGroup.CreateAsync(db.Path);
        await Playground.RunAsync(db.Path, "urgent-ride", "ann: /idioma es");
        return group;
    }

    [Fact]
    public async Task A_spanish_groups_page_is_served_in_spanish_with_its_dates_and_amounts_in_spanish()
    {
        using var db = new TempDb();
        var group = await SpanishGroupAsync(db);
        await using var server = await PageServer.StartAsync(db.Path);
        using var http = new HttpClient();

        // Read as a browser shows it: the page encodes "·" and accented letters as character references.
        var page = System.Net.WebUtility.HtmlDecode(
            await http.GetStringAsync($"{server.Address}/g/{group.Slug}")
        );

        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains(
            "<title>Recibos · playground:group</title>",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains("<h1>Recibos de playground:group</h1>", page, StringComparison.Ordinal);
        Assert.Contains(
            "<h2 id=\"totals\">Dinero gastado</h2>\n<ul><li>6,40 USD</li>",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains("<h2 id=\"closed\">Ciclos cerrados</h2>", page, StringComparison.Ordinal);
        Assert.Contains(
            "Cerrado · gastado 6,40 USD · auditoría confirmada",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains("<code>/verificar</code>", page, StringComparison.Ordinal);
        Assert.Matches(SpanishTime(), page);
        // The script's words travel with the page, in Spanish.
        Assert.Contains("verificado: {count} recibos", page, StringComparison.Ordinal);
        // Receipts keep their words and their kinds stay codes.
        Assert.Contains(
            "<span class=\"kind\">spend</span> <span class=\"actor\">eve</span>: gas",
            page,
            StringComparison.Ordinal
        );
        foreach (
            var english in new[]
            {
                "Money spent",
                "Check them yourself",
                "Closed loops",
                "Download</h2>",
            }
        )
            Assert.DoesNotContain(english, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_readers_browser_checks_the_chain_and_says_so_in_spanish()
    {
        using var db = new TempDb();
        var group = await SpanishGroupAsync(db);
        await using var server = await PageServer.StartAsync(db.Path);
        var page = await browser.Browser.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync($"{server.Address}/g/{group.Slug}"))!.Status);

        var status = page.Locator("#verify-status");
        await Expect(status).ToHaveClassAsync(new Regex(@"\bok\b"), new() { Timeout = 15_000 });
        Assert.Matches(
            $@"^verificado: {group.ReceiptCount()} recibos, cabeza [0-9a-f]{{12}}…, firmado con la clave [0-9a-f]{{16}} a los \d+ recibos\.$",
            await status.TextContentAsync()
        );
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mostrar" }))
            .ToBeVisibleAsync();
    }

    // "22 nov 2026 14:05 UTC": day, month, year, time.
    [GeneratedRegex(
        @"<time datetime=""[^""]+"">\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic) \d{4} \d\d:\d\d UTC</time>"
    )]
    private static partial Regex SpanishTime();
}
