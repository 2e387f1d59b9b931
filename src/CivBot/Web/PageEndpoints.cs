namespace CivBot.Web;

using System.Text;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Checkpoints;
using CivBot.Storage.Groups;
using CivBot.Storage.Pages;
using CivBot.Storage.Receipts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The public receipts pages: <c>/g/&lt;slug&gt;</c> for each group that chose to publish, its exports, its latest
/// signed checkpoint, the page's script and the deployment's verifier key. Unpublished groups are 404, at once.
/// </summary>
public static class PageEndpoints
{
    private const string Text = "text/plain; charset=utf-8";

    public static IEndpointRouteBuilder MapCivBotPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(
            PageLinks.Key,
            (CheckpointSigner signer) => Results.Text(signer.PublicKey.VerifierKey + "\n", Text)
        );
        app.MapGet(
            PageLinks.Script,
            () => Results.Text(PageScript.Text, "text/javascript; charset=utf-8")
        );
        app.MapGet("/g/{slug}", PageAsync);
        app.MapGet(
            "/g/{slug}/receipts.jsonl",
            async (string slug, HttpContext http, CancellationToken ct) =>
                await WithGroupAsync(
                    http,
                    slug,
                    (p, receipts) =>
                    {
                        var sb = new StringBuilder(receipts.Count * 320);
                        foreach (var r in receipts)
                            sb.Append(PublicLine.Json(r, p.ShowEvidence)).Append('\n');
                        return Task.FromResult(
                            Results.Text(sb.ToString(), "application/jsonl; charset=utf-8")
                        );
                    },
                    ct
                )
        );
        app.MapGet(
            "/g/{slug}/receipts.csv",
            async (string slug, HttpContext http, CancellationToken ct) =>
                await WithGroupAsync(
                    http,
                    slug,
                    // Descriptions in the page's language, so the CSV reads like the page.
                    async (p, receipts) =>
                        Results.Text(
                            PageCsv.Write(
                                await http
                                    .RequestServices.GetRequiredService<GroupLanguages>()
                                    .OfAsync(p.Group, ct),
                                receipts.Select(r => PublicLine.View(r, p.ShowEvidence))
                            ),
                            "text/csv; charset=utf-8"
                        ),
                    ct
                )
        );
        app.MapGet(
            "/g/{slug}/r/{seq:long}.json",
            async (string slug, long seq, HttpContext http, CancellationToken ct) =>
                await WithGroupAsync(
                    http,
                    slug,
                    (p, receipts) =>
                        Task.FromResult(
                            receipts.FirstOrDefault(r => r.Seq == seq) is { } r
                                ? Results.Text(
                                    PublicLine.Json(r, p.ShowEvidence),
                                    "application/json; charset=utf-8"
                                )
                                : Results.NotFound()
                        ),
                    ct
                )
        );
        app.MapGet(
            "/g/{slug}/checkpoint",
            async (
                string slug,
                PublicationStore publications,
                CheckpointStore checkpoints,
                CancellationToken ct
            ) =>
                await publications.FindAsync(slug, ct) is { } p
                && await checkpoints.LatestAsync(p.Group, ct) is { } c
                    ? Results.Text(c.Note, Text)
                    : Results.NotFound()
        );
        return app;
    }

    private static async Task<IResult> PageAsync(
        string slug,
        string? loop,
        string? kind,
        string? from,
        string? to,
        PublicationStore publications,
        ReceiptStore receipts,
        CheckpointStore checkpoints,
        CheckpointSigner signer,
        GroupLanguages languages,
        CancellationToken ct
    )
    {
        if (await publications.FindAsync(slug, ct) is not { } publication)
            return Results.NotFound();
        var all = await receipts.ReadGroupAsync(publication.Group, ct);
        var html = PageHtml.Render(
            await languages.OfAsync(publication.Group, ct),
            publication,
            [.. all.Select(r => PublicLine.View(r, publication.ShowEvidence))],
            PageFilter.Parse(loop, kind, from, to),
            await checkpoints.LatestAsync(publication.Group, ct),
            signer.PublicKey
        );
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> WithGroupAsync(
        HttpContext http,
        string slug,
        Func<Publication, IReadOnlyList<Core.Receipts.Receipt>, Task<IResult>> answer,
        CancellationToken ct
    )
    {
        var services = http.RequestServices;
        if (await services.GetRequiredService<PublicationStore>().FindAsync(slug, ct) is not { } p)
            return Results.NotFound();
        var receipts = await services
            .GetRequiredService<ReceiptStore>()
            .ReadGroupAsync(p.Group, ct);
        return await answer(p, receipts);
    }
}
