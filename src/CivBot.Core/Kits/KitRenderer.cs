namespace CivBot.Core.Kits;

using System.Text;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;

/// <summary>
/// Renders a loop's kit in the reader's language: a short Markdown document another group can copy. It is built only
/// from the loop's receipts, so a kit never claims more than was recorded; the receipts keep their words.
/// </summary>
public static class KitRenderer
{
    public static string Render(Words w, int loop, IReadOnlyList<Receipt> oldestFirst)
    {
        var facts = KitFacts.Of(w, oldestFirst);
        var undone = ReceiptRefs.Undone(oldestFirst);
        var sb = new StringBuilder();
        sb.Append(w.KitTitle(loop, facts.Closed)).Append("\n\n");

        Heading(sb, w, KitSection.Problem).Append(facts.Problem ?? w.KitNoAsk).Append("\n\n");

        Heading(sb, w, KitSection.Tried);
        var options = oldestFirst
            .Where(r => r.Kind == ReceiptKind.Option && !undone.Contains(r.Seq))
            .ToList();
        foreach (var o in options)
            sb.Append("- ").Append(ReceiptText.Summary(w, o)).Append('\n');
        if (facts.Decision is not null)
            sb.Append("- ").Append(w.KitDecision(facts.Decision)).Append('\n');
        if (options.Count == 0 && facts.Decision is null)
            sb.Append("- ").Append(w.KitNoOptions).Append('\n');
        sb.Append('\n');

        Heading(sb, w, KitSection.Steps);
        var steps = oldestFirst.Where(r => IsStep(r.Kind) && !undone.Contains(r.Seq)).ToList();
        foreach (var r in steps)
            sb.Append("- [x] ")
                .Append(r.Kind.WireName())
                .Append(": ")
                .Append(ReceiptText.Summary(w, r))
                .Append('\n');
        if (steps.Count == 0)
            sb.Append("- ").Append(w.KitNoSteps).Append('\n');
        sb.Append('\n');

        Heading(sb, w, KitSection.Cost);
        if (facts.Costs.Count == 0)
            sb.Append(w.KitNoMoney).Append("\n\n");
        else
        {
            foreach (var cost in facts.Costs)
                sb.Append("- ").Append(cost).Append('\n');
            sb.Append('\n');
        }

        Heading(sb, w, KitSection.Outcome).Append(facts.Outcome ?? w.KitNotDone).Append('\n');
        if (facts.Audit is not null)
            sb.Append(char.ToUpperInvariant(facts.Audit[0])).Append(facts.Audit[1..]).Append('\n');
        sb.Append('\n');

        Heading(sb, w, KitSection.Improve)
            .Append(facts.Improvement ?? w.KitNoImprovement(loop))
            .Append("\n\n");

        // What people did, with each receipt's hash to find it in the trail; the bot's own bookkeeping (roles
        // by rotation, vote openings, phase moves, the closing line) stays in /receipts and the export.
        Heading(sb, w, KitSection.Receipts);
        foreach (var r in oldestFirst.Where(r => !IsBookkeeping(r.Kind)))
            sb.Append("- ")
                .Append(ReceiptText.Line(w, r))
                .Append(" `")
                .Append(r.Hash[..12])
                .Append("`\n");
        sb.Append(w.KitFullTrail(loop)).Append('\n');
        AppendFlow(sb, w, oldestFirst);
        return sb.ToString();
    }

    private static StringBuilder Heading(StringBuilder sb, Words w, KitSection section) =>
        sb.Append(w.KitHeading(section)).Append('\n');

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
    private static void AppendFlow(StringBuilder sb, Words w, IReadOnlyList<Receipt> oldestFirst)
    {
        // The last flow receipt wins: an asker may have moved the loop to another flow in its first minutes.
        var flow = oldestFirst.LastOrDefault(r => r.Kind == ReceiptKind.Flow);
        sb.Append('\n');
        Heading(sb, w, KitSection.Flow);
        if (flow is null)
        {
            sb.Append(w.KitFlowUnknown).Append('\n');
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
        sb.Append(w.KitRanOn(label, hash)).Append('\n');
        sb.Append(w.KitCopyFlow(id, hash is not null)).Append('\n');
    }
}
