namespace CivBot.Core.Ai;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Receipts;

/// <summary>
/// The words sent to the model for a draft, built only from a <see cref="DraftRequest"/>: the loop's receipts (handles
/// and recorded texts, phone numbers already hidden) and CivBot's own tally and spends. Pure, so the same request
/// always gives the same prompt and the same hash.
/// </summary>
public static class DraftPrompt
{
    public const string Instructions = """
        You help a mutual-aid group see where one of its asks stands. Use only the receipts below.
        Answer with JSON only, exactly this shape:
        {"summary":[{"text":"...","cites":[12]}],"options":[{"text":"...","cites":[15]}]}
        summary: 1 to 4 short sentences: the ask, what people agree on, what is still open. Each cites the receipt numbers it rests on.
        options: up to 3 concrete options the group could vote on, each under 200 characters, citing the receipts they build on.
        Put any words you quote from a receipt in double quotes, exactly as written there.
        Use numbers, vote counts and amounts only as the receipts and the tally give them.
        Name people only by the handles in the receipts.
        """;

    /// <summary>The JSON schema of the answer, for servers that support structured output.</summary>
    public const string Schema = """
        {"type":"object","properties":{"summary":{"type":"array","items":{"$ref":"#/$defs/line"}},"options":{"type":"array","items":{"$ref":"#/$defs/line"}}},"required":["summary","options"],"additionalProperties":false,"$defs":{"line":{"type":"object","properties":{"text":{"type":"string"},"cites":{"type":"array","items":{"type":"integer"}}},"required":["text","cites"],"additionalProperties":false}}}
        """;

    /// <summary>The user message: the loop, its receipts and CivBot's tally and spends.</summary>
    public static string Build(DraftRequest request)
    {
        var f = request.Facts;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Loop #{f.Loop}. The ask: {f.Ask}\n");
        sb.Append("Receipts (r#number kind by handle: text):\n");
        foreach (var r in request.Receipts)
        {
            var amount = r.Amount is { } a ? $" [{Currencies.Format(a, r.Currency)}]" : "";
            sb.Append(
                CultureInfo.InvariantCulture,
                $"r#{r.Seq} {r.Kind} by {r.Actor}{amount}: {r.Summary}\n"
            );
        }
        if (f.Options.Count > 0)
        {
            sb.Append(f.VoteOpen ? "Vote open. Tally:\n" : "Options (no vote open):\n");
            foreach (var o in f.Options)
                sb.Append(
                    f.VoteOpen
                        ? $"option {o.Number} ({o.Text}): {o.Votes} vote(s)\n"
                        : $"option {o.Number}: {o.Text}\n"
                );
            if (f.VoteOpen)
                sb.Append(CultureInfo.InvariantCulture, $"{f.Ballots} member(s) voted so far.\n");
        }
        if (f.Spent.Count > 0)
            sb.Append("Spent so far: ").Append(Currencies.FormatTotals(f.Spent)).Append('\n');
        return sb.ToString();
    }

    /// <summary>SHA-256 (lowercase hex) of the instructions and the user message as sent.</summary>
    public static string Hash(string user) =>
        Convert
            .ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Instructions + "\n\n" + user)))
            .ToLowerInvariant();
}
