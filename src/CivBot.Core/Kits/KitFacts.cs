namespace CivBot.Core.Kits;

using CivBot.Core.Engine;
using CivBot.Core.Receipts;

/// <summary>
/// What a loop's receipts say about it, in the words a kit uses: the problem, the decision, the cost per currency,
/// the outcome and one improvement. Both the chat summary and the full kit read these, so they never disagree.
/// </summary>
internal sealed record KitFacts(
    string? Problem,
    string? Decision,
    IReadOnlyList<string> Costs,
    string? Outcome,
    string? Audit,
    string? Improvement,
    bool Closed
)
{
    public static KitFacts Of(IReadOnlyList<Receipt> oldestFirst)
    {
        var undone = ReceiptRefs.Undone(oldestFirst);
        var kept = oldestFirst.Where(r => !undone.Contains(r.Seq)).ToList();
        var closed = kept.LastOrDefault(r => r.Kind == ReceiptKind.Closed);
        var decision = kept.LastOrDefault(r => r.Kind == ReceiptKind.Decision);
        var audit = kept.LastOrDefault(r =>
            r.Kind is ReceiptKind.AuditConfirmed or ReceiptKind.AuditFlagged
        );
        return new KitFacts(
            kept.FirstOrDefault(r => r.Kind == ReceiptKind.Ask)?.Summary,
            decision?.Summary.Replace("Decided: ", "", StringComparison.Ordinal),
            CostsOf(kept),
            OutcomeOf(kept, closed),
            audit is null
                ? null
                : (audit.Kind == ReceiptKind.AuditConfirmed ? "audit ok: " : "audit flagged: ")
                    + audit.Summary,
            // What someone said to do better (/improve), else what an audit flagged; never the auditor's OK note.
            kept.LastOrDefault(r => r.Kind == ReceiptKind.Improvement)?.Summary
                ?? kept.LastOrDefault(r => r.Kind == ReceiptKind.AuditFlagged)?.Summary,
            closed is not null
        );
    }

    /// <summary>"6.40 USD in 1 spend" per currency, biggest count first; undone spends left out.</summary>
    private static List<string> CostsOf(List<Receipt> kept) =>
        [
            .. kept.Where(r => r.Kind == ReceiptKind.Spend && r.Amount is not null)
                .GroupBy(s => s.Currency ?? "")
                .Select(byCurrency =>
                    ReceiptText.Money(
                        byCurrency.Sum(s => s.Amount!.Value),
                        byCurrency.Key == "" ? null : byCurrency.Key
                    )
                    + " in "
                    + Texts.Count(byCurrency.Count(), "spend", "spends")
                ),
        ];

    /// <summary>
    /// The builder's /done; for a collect flow (no /done) how many checks came from how many members; else how the
    /// loop ended (withdrawn, no options…), from its closing receipt.
    /// </summary>
    private static string? OutcomeOf(List<Receipt> kept, Receipt? closed)
    {
        if (kept.LastOrDefault(r => r.Kind == ReceiptKind.Done) is { } done)
            return done.Summary;
        var checks = kept.Where(r =>
                r.Kind == ReceiptKind.Progress
                && r.Summary.StartsWith("check ", StringComparison.Ordinal)
            )
            .ToList();
        if (checks.Count > 0)
        {
            var members = checks.Select(c => c.ActorId ?? c.Actor).Distinct().Count();
            return $"{Texts.Count(checks.Count, "check", "checks")} sent by {Texts.Count(members, "member", "members")}";
        }
        return closed?.Summary;
    }
}
