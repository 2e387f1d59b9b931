namespace CivBot.Core.Kits;

using System.Globalization;
using System.Text;
using CivBot.Core.Engine;
using CivBot.Core.Receipts;

/// <summary>
/// The kit as a chat message: a few lines a phone shows whole (problem, decision, cost, outcome, one improvement),
/// ending with where the full kit is.
/// </summary>
public static class KitSummary
{
    public static string Render(int loop, IReadOnlyList<Receipt> oldestFirst)
    {
        var facts = KitFacts.Of(oldestFirst);
        var n = loop.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("🧰 Kit #")
            .Append(n)
            .Append(facts.Closed ? ": " : " (still open): ")
            .Append(Line(facts.Problem ?? "(no ask recorded)"))
            .Append('\n');
        if (facts.Decision is not null)
            sb.Append("Decided: ").Append(Line(facts.Decision)).Append('\n');
        sb.Append("Cost: ")
            .Append(facts.Costs.Count == 0 ? "nothing spent" : string.Join(" · ", facts.Costs))
            .Append('\n');
        if (facts.Outcome is not null || facts.Audit is not null)
        {
            sb.Append("Outcome: ")
                .Append(
                    Line(string.Join(" · ", new[] { facts.Outcome, facts.Audit }.OfType<string>()))
                )
                .Append('\n');
        }
        sb.Append("Improve: ")
            .Append(
                facts.Improvement is { } better
                    ? Line(better)
                    : $"nothing suggested yet (/improve #{n} <one thing>)"
            )
            .Append('\n');
        sb.Append("Whole kit to copy: /kit #").Append(n).Append(" full");
        return sb.ToString();
    }

    private static string Line(string text) => Texts.Short(text, 90);
}
