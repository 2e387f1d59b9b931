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
        var facts = KitFacts.Of(oldestFirst);
        var undone = ReceiptRefs.Undone(oldestFirst);
        var sb = new StringBuilder();
        sb.Append("# Kit: loop #").Append(loop.ToString(CultureInfo.InvariantCulture));
        if (!facts.Closed)
            sb.Append(" (still open: this kit is a draft)");
        sb.Append("\n\n");

        sb.Append("## Problem\n").Append(facts.Problem ?? "(no ask recorded)").Append("\n\n");

        sb.Append("## What was tried\n");
        var options = oldestFirst
            .Where(r => r.Kind == ReceiptKind.Option && !undone.Contains(r.Seq))
            .ToList();
        foreach (var o in options)
            sb.Append("- ").Append(o.Summary).Append('\n');
        if (facts.Decision is not null)
            sb.Append("- Decision: ").Append(facts.Decision).Append('\n');
        if (options.Count == 0 && facts.Decision is null)
            sb.Append("- (no options were recorded)\n");
        sb.Append('\n');

        sb.Append("## Steps\n");
        var steps = oldestFirst.Where(r => IsStep(r.Kind) && !undone.Contains(r.Seq)).ToList();
        foreach (var r in steps)
            sb.Append("- [x] ")
                .Append(r.Kind.WireName())
                .Append(": ")
                .Append(r.Summary)
                .Append('\n');
        if (steps.Count == 0)
            sb.Append("- (nobody recorded a step)\n");
        sb.Append('\n');

        sb.Append("## Cost\n");
        if (facts.Costs.Count == 0)
            sb.Append("No money was spent.\n\n");
        else
        {
            foreach (var cost in facts.Costs)
                sb.Append("- ").Append(cost).Append('\n');
            sb.Append('\n');
        }

        sb.Append("## Outcome\n").Append(facts.Outcome ?? "(not reported done yet)").Append('\n');
        if (facts.Audit is not null)
            sb.Append(char.ToUpperInvariant(facts.Audit[0])).Append(facts.Audit[1..]).Append('\n');
        sb.Append('\n');

        sb.Append("## One thing to improve\n")
            .Append(
                facts.Improvement
                    ?? $"(nobody has suggested one yet: /improve #{loop} <one thing to do better>)"
            )
            .Append("\n\n");

        // What people did, with each receipt's hash to find it in the trail; the bot's own bookkeeping (roles
        // by rotation, vote openings, phase moves, the closing line) stays in /receipts and the export.
        sb.Append("## Receipts\n");
        foreach (var r in oldestFirst.Where(r => !IsBookkeeping(r.Kind)))
            sb.Append("- ")
                .Append(ReceiptText.Line(Languages.Words.English, r))
                .Append(" `")
                .Append(r.Hash[..12])
                .Append("`\n");
        sb.Append("Roles, vote openings and phase moves are in the full trail: /receipts #")
            .Append(loop.ToString(CultureInfo.InvariantCulture))
            .Append('\n');
        AppendFlow(sb, oldestFirst);
        return sb.ToString();
    }

    private static bool IsStep(ReceiptKind kind) =>
        kind
            is ReceiptKind.Claim
                or ReceiptKind.Progress
                or ReceiptKind.Spend
                or ReceiptKind.Done
                or ReceiptKind.AuditConfirmed
                or ReceiptKind.AuditFlagged
                or ReceiptKind.Rollback;

    private static bool IsBookkeeping(ReceiptKind kind) =>
        kind
            is ReceiptKind.Role
                or ReceiptKind.VoteOpened
                or ReceiptKind.Closed
                or ReceiptKind.Flow
                or ReceiptKind.Link
                or ReceiptKind.Unlink;

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
