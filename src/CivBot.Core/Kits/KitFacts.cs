namespace CivBot.Core.Kits;

using CivBot.Core.Languages;
using CivBot.Core.Receipts;

/// <summary>
/// What a loop's receipts say about it, in the words a kit uses: the problem, the decision, the cost per currency,
/// the outcome and one improvement, in the reader's language. Both the chat summary and the full kit read these, so
/// they never disagree.
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
    public static KitFacts Of(Words w, IReadOnlyList<Receipt> oldestFirst)
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
            decision is null
                ? null
                : Phrases.Choice(w, decision) ?? ReceiptText.Summary(w, decision),
            CostsOf(w, kept),
            OutcomeOf(w, kept, closed),
            audit is null
                ? null
                : w.KitAudit(
                    audit.Kind == ReceiptKind.AuditConfirmed,
                    ReceiptText.Summary(w, audit)
                ),
            // What someone said to do better (/improve), else what an audit flagged; never the auditor's OK note.
            kept.LastOrDefault(r => r.Kind == ReceiptKind.Improvement)?.Summary
                ?? kept.LastOrDefault(r => r.Kind == ReceiptKind.AuditFlagged)?.Summary,
            closed is not null
        );
    }

    /// <summary>"6.40 USD in 1 spend" per currency, biggest count first; undone spends left out.</summary>
    private static List<string> CostsOf(Words w, List<Receipt> kept) =>
        [
            .. kept.Where(r => r.Kind == ReceiptKind.Spend && r.Amount is not null)
                .GroupBy(s => s.Currency ?? "")
                .Select(byCurrency =>
                    w.KitSpends(
                        w.Amount(
                            byCurrency.Sum(s => s.Amount!.Value),
                            byCurrency.Key == "" ? null : byCurrency.Key
                        ),
                        byCurrency.Count()
                    )
                ),
        ];

    /// <summary>
    /// The builder's /done; for a collect flow (no /done) how many checks came from how many members; else how the
    /// loop ended (withdrawn, no options…), from its closing receipt.
    /// </summary>
    private static string? OutcomeOf(Words w, List<Receipt> kept, Receipt? closed)
    {
        if (kept.LastOrDefault(r => r.Kind == ReceiptKind.Done) is { } done)
            return ReceiptText.Summary(w, done);
        // A check carries its phrase since form 3; older ones are known by their English summary.
        var checks = kept.Where(r =>
                r.Kind == ReceiptKind.Progress
                && (
                    r.Phrase?.Key == Phrases.CheckKey
                    || r.Phrase is null && r.Summary.StartsWith("check ", StringComparison.Ordinal)
                )
            )
            .ToList();
        if (checks.Count > 0)
        {
            var members = checks.Select(c => c.ActorId ?? c.Actor).Distinct().Count();
            return w.KitChecks(checks.Count, members);
        }
        return closed is null ? null : ReceiptText.Summary(w, closed);
    }
}
