namespace CivBot.Web;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Checkpoints;
using CivBot.Storage.Pages;

/// <summary>
/// The public page, rendered on the server: plain HTML that reads on a phone and without colour, plus one small script
/// (<see cref="PageLinks.Script"/>) that re-checks the receipts in the browser.
/// </summary>
public static class PageHtml
{
    /// <summary>Rows shown per page view; everything is in the exports, and the filters narrow it down.</summary>
    public const int MaxRows = 500;

    public static string Render(
        Words w,
        Publication publication,
        IReadOnlyList<Receipt> receipts,
        PageFilter filter,
        StoredCheckpoint? checkpoint,
        NoteKey key
    )
    {
        var slug = publication.Slug;
        var view = PageViews.Build(receipts);
        var origin = Checkpoint.OriginOf(key.Name, publication.Group.Value);
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!doctype html>\n<html lang=\"")
            .Append(w.Code)
            .Append("\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(E(w.PageTitle(publication.Group.Value))).Append("</title>");
        sb.Append("<style>").Append(Css).Append("</style></head>\n");
        sb.Append("<body data-jsonl=\"").Append(E(PageLinks.Jsonl(slug)));
        sb.Append("\" data-checkpoint=\"").Append(E(PageLinks.Checkpoint(slug)));
        sb.Append("\" data-key=\"").Append(PageLinks.Key);
        sb.Append("\" data-origin=\"").Append(E(origin));
        sb.Append("\" data-texts=\"").Append(E(ScriptTexts(w))).Append("\">\n<main>\n");

        sb.Append("<h1>").Append(E(w.PageHeading(publication.Group.Value))).Append("</h1>\n");
        sb.Append("<p>")
            .Append(
                E(
                    w.PageIntro(
                        receipts.Count,
                        view.Loops.Count(l => !l.Closed),
                        view.Loops.Count(l => l.Closed)
                    )
                )
            )
            .Append("</p>\n");

        Verification(sb, w, checkpoint, key);
        Totals(sb, w, view);
        Filters(sb, w, filter, view, slug);
        Loops(sb, w, "open", PageText.OpenLoops, view.Loops.Where(l => !l.Closed), filter, slug);
        Loops(sb, w, "closed", PageText.ClosedLoops, view.Loops.Where(l => l.Closed), filter, slug);
        GroupDecisions(sb, w, view, filter, slug);
        Audits(sb, w, view);
        Downloads(sb, w, slug);
        sb.Append("</main>\n<script src=\"")
            .Append(PageLinks.Script)
            .Append("\" defer></script>\n</body></html>\n");
        return sb.ToString();
    }

    private static void Verification(
        StringBuilder sb,
        Words w,
        StoredCheckpoint? checkpoint,
        NoteKey key
    )
    {
        sb.Append("<section aria-labelledby=\"check\"><h2 id=\"check\">")
            .Append(E(w.Page(PageText.CheckHeading)))
            .Append("</h2>\n");
        sb.Append("<p id=\"verify-status\" class=\"status\" role=\"status\" aria-live=\"polite\">");
        sb.Append(E(w.Page(PageText.NotChecked))).Append("</p>\n");
        sb.Append("<noscript><p>").Append(E(w.Page(PageText.NoScript))).Append("</p></noscript>\n");
        sb.Append("<p><button type=\"button\" id=\"verify-run\">")
            .Append(E(w.Page(PageText.CheckAgain)))
            .Append("</button></p>\n");
        sb.Append("<p>")
            .Append(
                w.PageKeyLine(
                    "<code>" + key.Fingerprint + "</code>",
                    "<a href=\"" + PageLinks.Key + "\">" + E(w.Page(PageText.VerifierKey)) + "</a>",
                    "<code>/" + E(w.Command("verify")) + "</code>"
                )
            )
            .Append("</p>\n");
        if (checkpoint is not null)
        {
            sb.Append("<p>")
                .Append(
                    E(w.PageLatestCheckpoint(checkpoint.TreeSize, w.PageTime(checkpoint.SignedAt)))
                )
                .Append("</p><pre>")
                .Append(E(checkpoint.Note))
                .Append("</pre>\n");
        }
        sb.Append("<details><summary>")
            .Append(E(w.Page(PageText.CheckpointDetails)))
            .Append("</summary>\n");
        sb.Append("<p><label for=\"checkpoint-text\">")
            .Append(E(w.Page(PageText.PasteCheckpoint)))
            .Append("</label><br>");
        sb.Append(
            "<textarea id=\"checkpoint-text\" rows=\"6\" spellcheck=\"false\"></textarea></p>\n"
        );
        sb.Append("<p><button type=\"button\" id=\"checkpoint-run\">")
            .Append(E(w.Page(PageText.CheckPasted)))
            .Append("</button></p>\n");
        sb.Append(
            "<p id=\"checkpoint-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p></details>\n</section>\n"
        );
    }

    /// <summary>The script's words in the page's language, as JSON for <c>data-texts</c>.</summary>
    private static string ScriptTexts(Words w) =>
        JsonSerializer.Serialize(
            Enum.GetValues<ScriptText>().ToDictionary(t => t.ToString(), w.PageScript)
        );

    private static void Totals(StringBuilder sb, Words w, PageView view)
    {
        sb.Append("<section aria-labelledby=\"totals\"><h2 id=\"totals\">")
            .Append(E(w.Page(PageText.MoneySpent)))
            .Append("</h2>\n");
        if (view.Totals.Count == 0)
            sb.Append("<p>").Append(E(w.KitNoMoney)).Append("</p>\n");
        else
        {
            sb.Append("<ul>");
            foreach (var (currency, total) in view.Totals)
                sb.Append("<li>")
                    .Append(E(w.Amount(total, currency.Length == 0 ? null : currency)))
                    .Append("</li>");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Filters(
        StringBuilder sb,
        Words w,
        PageFilter filter,
        PageView view,
        string slug
    )
    {
        sb.Append("<section aria-labelledby=\"filter\"><h2 id=\"filter\">")
            .Append(E(w.Page(PageText.Filter)))
            .Append("</h2>\n");
        sb.Append("<form method=\"get\" action=\"")
            .Append(E(PageLinks.Page(slug)))
            .Append("\" class=\"filters\">\n");
        sb.Append("<p><label for=\"f-loop\">")
            .Append(E(w.Page(PageText.Loop)))
            .Append("</label> <select id=\"f-loop\" name=\"loop\"><option value=\"\">")
            .Append(E(w.Page(PageText.All)))
            .Append("</option>");
        foreach (var loop in view.Loops.OrderBy(l => l.No))
        {
            sb.Append("<option value=\"").Append(loop.No).Append('"');
            if (filter.Loop == loop.No)
                sb.Append(" selected");
            sb.Append(">#").Append(loop.No).Append("</option>");
        }
        sb.Append("</select></p>\n<p><label for=\"f-kind\">")
            .Append(E(w.Page(PageText.Kind)))
            .Append("</label> <select id=\"f-kind\" name=\"kind\"><option value=\"\">")
            .Append(E(w.Page(PageText.All)))
            .Append("</option>");
        foreach (var kind in Enum.GetValues<ReceiptKind>().Select(k => k.WireName()))
        {
            sb.Append("<option");
            if (filter.Kind == kind)
                sb.Append(" selected");
            sb.Append('>').Append(kind).Append("</option>");
        }
        sb.Append("</select></p>\n");
        DateInput(sb, "f-from", "from", w.Page(PageText.From), filter.From);
        DateInput(sb, "f-to", "to", w.Page(PageText.To), filter.To);
        sb.Append("<p><button type=\"submit\">")
            .Append(E(w.Page(PageText.Show)))
            .Append("</button>");
        if (!filter.IsEmpty)
            sb.Append(" <a href=\"")
                .Append(E(PageLinks.Page(slug)))
                .Append("\">")
                .Append(E(w.Page(PageText.ClearFilters)))
                .Append("</a>");
        sb.Append("</p>\n</form>\n</section>\n");
    }

    private static void DateInput(
        StringBuilder sb,
        string id,
        string name,
        string label,
        DateOnly? value
    )
    {
        sb.Append("<p><label for=\"")
            .Append(id)
            .Append("\">")
            .Append(E(label))
            .Append("</label> <input type=\"date\" id=\"");
        sb.Append(id).Append("\" name=\"").Append(name).Append("\" value=\"");
        sb.Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></p>\n");
    }

    private static void Loops(
        StringBuilder sb,
        Words w,
        string id,
        PageText title,
        IEnumerable<LoopView> loops,
        PageFilter filter,
        string slug
    )
    {
        sb.Append("<section aria-labelledby=\"")
            .Append(id)
            .Append("\"><h2 id=\"")
            .Append(id)
            .Append("\">");
        sb.Append(E(w.Page(title))).Append("</h2>\n");
        var shown = 0;
        var any = false;
        foreach (var loop in loops)
        {
            var rows = loop.Timeline.Where(filter.Matches).ToList();
            if (rows.Count == 0)
                continue;
            any = true;
            sb.Append("<article aria-labelledby=\"loop-")
                .Append(loop.No)
                .Append("\"><h3 id=\"loop-")
                .Append(loop.No);
            sb.Append("\">#").Append(loop.No).Append(": ").Append(E(loop.Ask)).Append("</h3>\n<p>");
            sb.Append(E(w.PageLoopState(loop.Closed)));
            if (loop.Spent.Count > 0)
                sb.Append(" · ")
                    .Append(
                        E(
                            w.PageSpent(
                                string.Join(
                                    ", ",
                                    loop.Spent.Select(s =>
                                        w.Amount(
                                            s.Total,
                                            s.Currency.Length == 0 ? null : s.Currency
                                        )
                                    )
                                )
                            )
                        )
                    );
            if (loop.Audit is { } audit)
                sb.Append(" · ").Append(E(w.PageAudit(audit.Kind == ReceiptKind.AuditConfirmed)));
            sb.Append("</p>\n<ol class=\"timeline\">\n");
            foreach (var r in rows)
            {
                if (shown++ >= MaxRows)
                    break;
                Row(sb, w, r, slug);
            }
            sb.Append("</ol></article>\n");
            if (shown > MaxRows)
            {
                sb.Append("<p>").Append(E(w.Page(PageText.MoreThanShown))).Append("</p>\n");
                break;
            }
        }
        if (!any)
            sb.Append("<p>").Append(E(w.PageNone(!filter.IsEmpty))).Append("</p>\n");
        sb.Append("</section>\n");
    }

    private static void Row(StringBuilder sb, Words w, Receipt r, string slug)
    {
        sb.Append("<li id=\"r")
            .Append(r.Seq)
            .Append("\"><a href=\"")
            .Append(E(PageLinks.Receipt(slug, r.Seq)));
        sb.Append("\" aria-label=\"")
            .Append(E(w.PageReceiptLabel(r.Seq)))
            .Append("\">#")
            .Append(r.Seq)
            .Append("</a> ");
        sb.Append("<time datetime=\"")
            .Append(CanonicalJson.FormatTime(r.At))
            .Append("\">")
            .Append(E(w.PageTime(r.At)))
            .Append("</time> ");
        sb.Append("<span class=\"kind\">").Append(r.Kind.WireName()).Append("</span> ");
        sb.Append("<span class=\"actor\">")
            .Append(E(r.Actor))
            .Append("</span>: ")
            .Append(E(ReceiptText.Summary(w, r)));
        if (r.Amount is { } amount)
            sb.Append(" <strong>").Append(E(w.Amount(amount, r.Currency))).Append("</strong>");
        sb.Append(" <code class=\"hash\">").Append(r.Hash[..12]).Append("</code></li>\n");
    }

    /// <summary>Receipts of the group itself rather than a loop: its decisions on publishing this page, say.</summary>
    private static void GroupDecisions(
        StringBuilder sb,
        Words w,
        PageView view,
        PageFilter filter,
        string slug
    )
    {
        var rows = view
            .GroupLevel.Where(r => filter.Loop is null && filter.Matches(r))
            .Take(MaxRows)
            .ToList();
        if (rows.Count == 0)
            return;
        sb.Append("<section aria-labelledby=\"group\"><h2 id=\"group\">")
            .Append(E(w.Page(PageText.GroupDecisions)))
            .Append("</h2>\n<ol class=\"timeline\">\n");
        foreach (var r in rows)
            Row(sb, w, r, slug);
        sb.Append("</ol>\n</section>\n");
    }

    private static void Audits(StringBuilder sb, Words w, PageView view)
    {
        sb.Append("<section aria-labelledby=\"audits\"><h2 id=\"audits\">")
            .Append(E(w.Page(PageText.Audits)))
            .Append("</h2>\n");
        var audited = view.Loops.Where(l => l.Audit is not null).ToList();
        if (audited.Count == 0)
            sb.Append("<p>").Append(E(w.Page(PageText.NoAudits))).Append("</p>\n");
        else
        {
            sb.Append("<ul>");
            foreach (var loop in audited)
                sb.Append("<li>")
                    .Append(
                        E(
                            w.PageAuditLine(
                                loop.No,
                                loop.Audit!.Kind == ReceiptKind.AuditConfirmed,
                                loop.Audit.Actor,
                                loop.Improvement ?? ""
                            )
                        )
                    )
                    .Append("</li>");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Downloads(StringBuilder sb, Words w, string slug)
    {
        sb.Append("<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">")
            .Append(E(w.Page(PageText.Download)))
            .Append("</h2>\n<ul>");
        sb.Append("<li><a href=\"")
            .Append(E(PageLinks.Jsonl(slug)))
            .Append("\" download>")
            .Append(E(w.Page(PageText.Jsonl)))
            .Append("</a> ")
            .Append(E(w.Page(PageText.JsonlNote)))
            .Append("</li>");
        sb.Append("<li><a href=\"")
            .Append(E(PageLinks.Csv(slug)))
            .Append("\" download>")
            .Append(E(w.Page(PageText.Csv)))
            .Append("</a> ")
            .Append(E(w.Page(PageText.CsvNote)))
            .Append("</li>");
        sb.Append("</ul>\n</section>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css =
        "body{font:16px/1.5 system-ui,sans-serif;color:#111;background:#fff;margin:0}"
        + "main{max-width:46rem;margin:0 auto;padding:1rem}"
        + "h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #333;margin-top:2rem}h3{font-size:1.1rem}"
        + "a{color:#0645ad}code,pre{font:0.9em ui-monospace,monospace}"
        + "pre{white-space:pre-wrap;word-break:break-all;background:#f3f3f3;padding:.5rem}"
        + ".status{border:2px solid #333;padding:.5rem;font-weight:600}"
        + ".status.ok::before{content:'✓ '}.status.bad::before{content:'✗ '}"
        + ".status.bad{border-style:dashed;background:#fff0f0}.status.ok{background:#f0fff0}"
        + ".timeline{padding-left:0;list-style:none}.timeline li{margin:.3rem 0;word-wrap:break-word}"
        + ".timeline li.broken{outline:3px dashed #a00}"
        + ".kind{font-weight:700}.hash{color:#444}"
        + ".filters p{display:inline-block;margin:.2rem 1rem .2rem 0}"
        + "textarea{width:100%;box-sizing:border-box;font:0.9em ui-monospace,monospace}"
        + "button,select,input{font:inherit;padding:.3rem .6rem}";
}
