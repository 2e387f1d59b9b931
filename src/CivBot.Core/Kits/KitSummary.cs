namespace CivBot.Core.Kits;

using System.Text;
using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;

/// <summary>
/// The kit as a chat message, in the reader's language: a few lines a phone shows whole (problem, decision, cost,
/// outcome, one improvement), ending with where the full kit is.
/// </summary>
public static class KitSummary
{
    public static string Render(Words w, int loop, IReadOnlyList<Receipt> oldestFirst)
    {
        var facts = KitFacts.Of(w, oldestFirst);
        var sb = new StringBuilder();
        sb.Append(w.KitSummaryTitle(loop, facts.Closed, Line(facts.Problem ?? w.KitNoAsk)))
            .Append('\n');
        if (facts.Decision is not null)
            sb.Append(w.KitDecided(Line(facts.Decision))).Append('\n');
        sb.Append(w.KitCost(facts.Costs.Count == 0 ? null : string.Join(" · ", facts.Costs)))
            .Append('\n');
        if (facts.Outcome is not null || facts.Audit is not null)
            sb.Append(
                    w.KitOutcome(
                        Line(
                            string.Join(
                                " · ",
                                new[] { facts.Outcome, facts.Audit }.OfType<string>()
                            )
                        )
                    )
                )
                .Append('\n');
        sb.Append(w.KitImprove(loop, facts.Improvement is { } better ? Line(better) : null))
            .Append('\n');
        sb.Append(w.KitWhole(loop));
        return sb.ToString();
    }

    private static string Line(string text) => Texts.Short(text, 90);
}
