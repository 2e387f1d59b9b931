namespace CivBot.Web;

using System.Globalization;
using System.Net;
using System.Text;
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
        sb.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>Receipts · ").Append(E(publication.Group.Value)).Append("</title>");
        sb.Append("<style>").Append(Css).Append("</style></head>\n");
        sb.Append("<body data-jsonl=\"").Append(E(PageLinks.Jsonl(slug)));
        sb.Append("\" data-checkpoint=\"").Append(E(PageLinks.Checkpoint(slug)));
        sb.Append("\" data-key=\"").Append(PageLinks.Key);
        sb.Append("\" data-origin=\"").Append(E(origin)).Append("\">\n<main>\n");

        sb.Append("<h1>Receipts of ").Append(E(publication.Group.Value)).Append("</h1>\n");
        sb.Append(
            "<p>Every step this group took, as permanent, hash-chained receipts. The group chose to publish them. "
        );
        sb.Append(Count(receipts.Count))
            .Append(", ")
            .Append(view.Loops.Count(l => !l.Closed))
            .Append(" open and ");
        sb.Append(view.Loops.Count(l => l.Closed)).Append(" closed loop(s).</p>\n");

        Verification(sb, checkpoint, key);
        Totals(sb, view);
        Filters(sb, filter, view, slug);
        Loops(sb, "Open loops", view.Loops.Where(l => !l.Closed), filter, slug);
        Loops(sb, "Closed loops", view.Loops.Where(l => l.Closed), filter, slug);
        GroupDecisions(sb, view, filter, slug);
        Audits(sb, view);
        Downloads(sb, slug);
        sb.Append("</main>\n<script src=\"")
            .Append(PageLinks.Script)
            .Append("\" defer></script>\n</body></html>\n");
        return sb.ToString();
    }

    private static void Verification(StringBuilder sb, StoredCheckpoint? checkpoint, NoteKey key)
    {
        sb.Append("<section aria-labelledby=\"check\"><h2 id=\"check\">Check them yourself</h2>\n");
        sb.Append("<p id=\"verify-status\" class=\"status\" role=\"status\" aria-live=\"polite\">");
        sb.Append(
            "Not checked yet. This page's script re-computes every receipt's hash in your browser, walks the chain and checks the latest signed checkpoint.</p>\n"
        );
        sb.Append(
            "<noscript><p>Scripts are off, so nothing was checked here. Download the JSONL below and check each line's SHA-256 yourself.</p></noscript>\n"
        );
        sb.Append("<p><button type=\"button\" id=\"verify-run\">Check again</button></p>\n");
        sb.Append("<p>Checkpoints are signed by key <code>")
            .Append(key.Fingerprint)
            .Append("</code> ");
        sb.Append("(<a href=\"")
            .Append(PageLinks.Key)
            .Append(
                "\">verifier key</a>). Compare it with what <code>/verify</code> says in your chat.</p>\n"
            );
        if (checkpoint is not null)
        {
            sb.Append("<p>Latest signed checkpoint, ")
                .Append(Count(checkpoint.TreeSize))
                .Append(", posted to the chats on ");
            sb.Append(Time(checkpoint.SignedAt))
                .Append(":</p><pre>")
                .Append(E(checkpoint.Note))
                .Append("</pre>\n");
        }
        sb.Append("<details><summary>Check against a checkpoint from your chat</summary>\n");
        sb.Append(
            "<p><label for=\"checkpoint-text\">Paste the checkpoint the bot posted in your chat</label><br>"
        );
        sb.Append(
            "<textarea id=\"checkpoint-text\" rows=\"6\" spellcheck=\"false\"></textarea></p>\n"
        );
        sb.Append(
            "<p><button type=\"button\" id=\"checkpoint-run\">Check against this checkpoint</button></p>\n"
        );
        sb.Append(
            "<p id=\"checkpoint-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p></details>\n</section>\n"
        );
    }

    private static void Totals(StringBuilder sb, PageView view)
    {
        sb.Append("<section aria-labelledby=\"totals\"><h2 id=\"totals\">Money spent</h2>\n");
        if (view.Totals.Count == 0)
            sb.Append("<p>No money was spent.</p>\n");
        else
        {
            sb.Append("<ul>");
            foreach (var (currency, total) in view.Totals)
                sb.Append("<li>")
                    .Append(E(ReceiptText.Money(total, currency.Length == 0 ? null : currency)))
                    .Append("</li>");
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Filters(StringBuilder sb, PageFilter filter, PageView view, string slug)
    {
        sb.Append("<section aria-labelledby=\"filter\"><h2 id=\"filter\">Filter</h2>\n");
        sb.Append("<form method=\"get\" action=\"")
            .Append(E(PageLinks.Page(slug)))
            .Append("\" class=\"filters\">\n");
        sb.Append(
            "<p><label for=\"f-loop\">Loop</label> <select id=\"f-loop\" name=\"loop\"><option value=\"\">all</option>"
        );
        foreach (var loop in view.Loops.OrderBy(l => l.No))
        {
            sb.Append("<option value=\"").Append(loop.No).Append('"');
            if (filter.Loop == loop.No)
                sb.Append(" selected");
            sb.Append(">#").Append(loop.No).Append("</option>");
        }
        sb.Append(
            "</select></p>\n<p><label for=\"f-kind\">Kind</label> <select id=\"f-kind\" name=\"kind\"><option value=\"\">all</option>"
        );
        foreach (var kind in Enum.GetValues<ReceiptKind>().Select(k => k.WireName()))
        {
            sb.Append("<option");
            if (filter.Kind == kind)
                sb.Append(" selected");
            sb.Append('>').Append(kind).Append("</option>");
        }
        sb.Append("</select></p>\n");
        DateInput(sb, "f-from", "from", "From", filter.From);
        DateInput(sb, "f-to", "to", "To", filter.To);
        sb.Append("<p><button type=\"submit\">Show</button>");
        if (!filter.IsEmpty)
            sb.Append(" <a href=\"").Append(E(PageLinks.Page(slug))).Append("\">clear filters</a>");
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
            .Append(label)
            .Append("</label> <input type=\"date\" id=\"");
        sb.Append(id).Append("\" name=\"").Append(name).Append("\" value=\"");
        sb.Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></p>\n");
    }

    private static void Loops(
        StringBuilder sb,
        string title,
        IEnumerable<LoopView> loops,
        PageFilter filter,
        string slug
    )
    {
        var id = title.Split(' ')[0].ToLowerInvariant();
        sb.Append("<section aria-labelledby=\"")
            .Append(id)
            .Append("\"><h2 id=\"")
            .Append(id)
            .Append("\">");
        sb.Append(title).Append("</h2>\n");
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
            sb.Append(loop.Closed ? "Closed" : "Open");
            if (loop.Spent.Count > 0)
                sb.Append(" · spent ")
                    .Append(
                        E(
                            string.Join(
                                ", ",
                                loop.Spent.Select(s =>
                                    ReceiptText.Money(
                                        s.Total,
                                        s.Currency.Length == 0 ? null : s.Currency
                                    )
                                )
                            )
                        )
                    );
            if (loop.Audit is { } audit)
                sb.Append(" · audit ")
                    .Append(audit.Kind == ReceiptKind.AuditConfirmed ? "confirmed" : "flagged");
            sb.Append("</p>\n<ol class=\"timeline\">\n");
            foreach (var r in rows)
            {
                if (shown++ >= MaxRows)
                    break;
                Row(sb, r, slug);
            }
            sb.Append("</ol></article>\n");
            if (shown > MaxRows)
            {
                sb.Append(
                    "<p>More receipts match than this page shows: narrow the filters, or download them all below.</p>\n"
                );
                break;
            }
        }
        if (!any)
            sb.Append("<p>None")
                .Append(filter.IsEmpty ? "" : " match the filters")
                .Append(".</p>\n");
        sb.Append("</section>\n");
    }

    private static void Row(StringBuilder sb, Receipt r, string slug)
    {
        sb.Append("<li id=\"r")
            .Append(r.Seq)
            .Append("\"><a href=\"")
            .Append(E(PageLinks.Receipt(slug, r.Seq)));
        sb.Append("\" aria-label=\"receipt ")
            .Append(r.Seq)
            .Append(" as canonical JSON\">#")
            .Append(r.Seq)
            .Append("</a> ");
        sb.Append("<time datetime=\"")
            .Append(CanonicalJson.FormatTime(r.At))
            .Append("\">")
            .Append(Time(r.At))
            .Append("</time> ");
        sb.Append("<span class=\"kind\">").Append(r.Kind.WireName()).Append("</span> ");
        sb.Append("<span class=\"actor\">")
            .Append(E(r.Actor))
            .Append("</span>: ")
            .Append(E(r.Summary));
        if (r.Amount is { } amount)
            sb.Append(" <strong>")
                .Append(E(ReceiptText.Money(amount, r.Currency)))
                .Append("</strong>");
        sb.Append(" <code class=\"hash\">").Append(r.Hash[..12]).Append("</code></li>\n");
    }

    /// <summary>Receipts of the group itself rather than a loop: its decisions on publishing this page, say.</summary>
    private static void GroupDecisions(
        StringBuilder sb,
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
        sb.Append(
            "<section aria-labelledby=\"group\"><h2 id=\"group\">The group's own decisions</h2>\n<ol class=\"timeline\">\n"
        );
        foreach (var r in rows)
            Row(sb, r, slug);
        sb.Append("</ol>\n</section>\n");
    }

    private static void Audits(StringBuilder sb, PageView view)
    {
        sb.Append(
            "<section aria-labelledby=\"audits\"><h2 id=\"audits\">Audits and improvements</h2>\n"
        );
        var audited = view.Loops.Where(l => l.Audit is not null).ToList();
        if (audited.Count == 0)
            sb.Append("<p>No loop has been audited yet.</p>\n");
        else
        {
            sb.Append("<ul>");
            foreach (var loop in audited)
            {
                sb.Append("<li>#").Append(loop.No).Append(": audit ");
                sb.Append(loop.Audit!.Kind == ReceiptKind.AuditConfirmed ? "confirmed" : "flagged");
                sb.Append(" by ")
                    .Append(E(loop.Audit.Actor))
                    .Append(". To improve: ")
                    .Append(E(loop.Improvement ?? ""))
                    .Append("</li>");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Downloads(StringBuilder sb, string slug)
    {
        sb.Append(
            "<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">Download</h2>\n<ul>"
        );
        sb.Append("<li><a href=\"")
            .Append(E(PageLinks.Jsonl(slug)))
            .Append(
                "\" download>All receipts as JSON lines</a> (canonical: re-check each with any SHA-256 tool)</li>"
            );
        sb.Append("<li><a href=\"")
            .Append(E(PageLinks.Csv(slug)))
            .Append(
                "\" download>All receipts as CSV</a> (date, loop, kind, actor, description, amount, currency, receipt hash)</li>"
            );
        sb.Append("</ul>\n</section>\n");
    }

    private static string Count(long n) => n == 1 ? "1 receipt" : $"{n} receipts";

    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

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
