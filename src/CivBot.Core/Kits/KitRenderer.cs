namespace CivBot.Core.Kits;

using System.Globalization;
using System.Text;
using CivBot.Core.Receipts;

/// <summary>
/// Renders a loop's kit: a short Markdown document another group can copy. It is built only from the loop's
/// receipts, so a kit never claims more than was recorded.
/// </summary>
public static class KitRenderer
{
    public static string Render(int loop, IReadOnlyList<Receipt> oldestFirst)
    {
        var sb = new StringBuilder();
        var ask = oldestFirst.FirstOrDefault(r => r.Kind == ReceiptKind.Ask);
        var closed = oldestFirst.LastOrDefault(r => r.Kind is ReceiptKind.Closed);
        sb.Append("# Kit: loop #").Append(loop.ToString(CultureInfo.InvariantCulture));
        if (closed is null)
            sb.Append(" (still open: this kit is a draft)");
        sb.Append("\n\n");

        sb.Append("## Problem\n").Append(ask?.Summary ?? "(no ask recorded)").Append("\n\n");

        sb.Append("## What was tried\n");
        var options = oldestFirst.Where(r => r.Kind == ReceiptKind.Option).ToList();
        foreach (var o in options)
            sb.Append("- ").Append(o.Summary).Append('\n');
        var decision = oldestFirst.LastOrDefault(r => r.Kind == ReceiptKind.Decision);
        if (decision is not null)
            sb.Append("- Decision: ")
                .Append(decision.Summary.Replace("Decided: ", "", StringComparison.Ordinal))
                .Append('\n');
        if (options.Count == 0 && decision is null)
            sb.Append("- (no options were recorded)\n");
        sb.Append('\n');

        sb.Append("## Steps\n");
        foreach (
            var r in oldestFirst.Where(r =>
                r.Kind
                    is ReceiptKind.Claim
                        or ReceiptKind.Progress
                        or ReceiptKind.Spend
                        or ReceiptKind.Done
                        or ReceiptKind.AuditConfirmed
                        or ReceiptKind.AuditFlagged
                        or ReceiptKind.Rollback
            )
        )
        {
            sb.Append("- [x] ")
                .Append(r.Kind.WireName())
                .Append(": ")
                .Append(r.Summary)
                .Append('\n');
        }
        sb.Append('\n');

        sb.Append("## Cost\n");
        var spends = oldestFirst
            .Where(r => r.Kind == ReceiptKind.Spend && r.Amount is not null)
            .ToList();
        var undone = ReceiptRefs.Undone(oldestFirst);
        spends = [.. spends.Where(s => !undone.Contains(s.Seq))];
        if (spends.Count == 0)
            sb.Append("No money was spent.\n\n");
        else
        {
            foreach (var byCurrency in spends.GroupBy(s => s.Currency ?? ""))
            {
                var total = byCurrency.Sum(s => s.Amount!.Value);
                sb.Append("- ")
                    .Append(ReceiptText.Money(total, byCurrency.Key == "" ? null : byCurrency.Key));
                sb.Append(" in ")
                    .Append(byCurrency.Count().ToString(CultureInfo.InvariantCulture))
                    .Append(" spend(s)\n");
            }
            sb.Append('\n');
        }

        sb.Append("## Outcome\n");
        var done = oldestFirst.LastOrDefault(r => r.Kind == ReceiptKind.Done);
        var audit = oldestFirst.LastOrDefault(r =>
            r.Kind is ReceiptKind.AuditConfirmed or ReceiptKind.AuditFlagged
        );
        sb.Append(done?.Summary ?? "(not reported done yet)").Append('\n');
        if (audit is not null)
        {
            sb.Append(
                    audit.Kind == ReceiptKind.AuditConfirmed
                        ? "Audit confirmed: "
                        : "Audit flagged: "
                )
                .Append(audit.Summary)
                .Append('\n');
        }
        sb.Append('\n');

        sb.Append("## One thing to improve\n");
        var flagged = oldestFirst.LastOrDefault(r => r.Kind == ReceiptKind.AuditFlagged);
        sb.Append(
                flagged?.Summary
                    ?? audit?.Summary
                    ?? "(the auditor's note goes here once the loop is audited)"
            )
            .Append("\n\n");

        sb.Append("## Receipts\n");
        foreach (var r in oldestFirst)
            sb.Append("- ")
                .Append(ReceiptText.Line(Languages.Words.English, r))
                .Append(" `")
                .Append(r.Hash[..12])
                .Append("`\n");
        AppendFlow(sb, oldestFirst);
        return sb.ToString();
    }

    /// <summary>Ends the kit with the flow the loop ran, so another group can run the same loop.</summary>
    private static void AppendFlow(StringBuilder sb, IReadOnlyList<Receipt> oldestFirst)
    {
        // The last flow receipt wins: an asker may have moved the loop to another flow in its first minutes.
        var flow = oldestFirst.LastOrDefault(r => r.Kind == ReceiptKind.Flow);
        sb.Append("\n## The flow\n");
        if (flow is null)
        {
            sb.Append(
                "This loop began before CivBot recorded flows in receipts; `/status` named it while it was open.\n"
            );
            return;
        }
        var label = flow.Summary;
        foreach (var prefix in new[] { "Runs on flow ", "Moved to flow " })
        {
            if (label.StartsWith(prefix, StringComparison.Ordinal))
                label = label[prefix.Length..];
        }
        var by = label.IndexOf(" by ", StringComparison.Ordinal);
        if (by > 0)
            label = label[..by];
        var id = label.Split(' ')[0];
        var hash = flow.Evidence.FirstOrDefault(e =>
            e.StartsWith("sha256:", StringComparison.Ordinal)
        );
        sb.Append("This loop ran on ").Append(label);
        if (hash is not null)
            sb.Append(", file ").Append(hash).Append('…');
        sb.Append(".\n");
        sb.Append("To run the same loop, copy `")
            .Append(id)
            .Append(
                ".yaml` from the flows folder of the CivBot that ran it (the shipped flows are in CivBot's `flows/`) into yours"
            );
        if (hash is not null)
            sb.Append("; `sha256sum ")
                .Append(id)
                .Append(".yaml` starting with the same digits shows it is the same file");
        sb.Append(". `civbot flows validate` checks it.\n");
    }
}
