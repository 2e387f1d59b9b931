namespace CivBot.Core.Receipts;

using System.Globalization;
using System.Text;
using CivBot.Core.Replies;

/// <summary>The chat view of receipts: short lines that read well on a phone.</summary>
public static class ReceiptText
{
    /// <summary>One receipt as a single line: <c>#12 · 14:05 · spend · ann: 12.50 USD gas (loop #3)</c>.</summary>
    public static string Line(Receipt r)
    {
        var sb = new StringBuilder();
        sb.Append('#').Append(r.Seq.ToString(CultureInfo.InvariantCulture));
        sb.Append(" · ")
            .Append(r.At.UtcDateTime.ToString("MMM d HH:mm", CultureInfo.InvariantCulture));
        if (r.Loop is { } loop)
            sb.Append(" · loop #").Append(loop.ToString(CultureInfo.InvariantCulture));
        sb.Append(" · ").Append(r.Kind.WireName());
        sb.Append(" · ").Append(Actor(r)).Append(": ").Append(r.Summary);
        if (r.Amount is { } amount)
            sb.Append(" [").Append(Money(amount, r.Currency)).Append(']');
        foreach (var link in r.Evidence)
            sb.Append(' ').Append(link);
        return sb.ToString();
    }

    /// <summary>
    /// The handle as shown, with the short pseudonym (two members who were both called "ann" stay two people) or the
    /// bot's mark.
    /// </summary>
    public static string Actor(Receipt r) =>
        r.ActorType switch
        {
            ActorType.Bot => r.Actor + " (bot)",
            ActorType.Member when r.ActorId is { Length: >= 8 } id => $"{r.Actor} ({id[..8]})",
            _ => r.Actor,
        };

    public static string Money(decimal amount, string? currency) =>
        Currencies.Format(amount, currency);

    /// <summary>A page of receipts, given newest first; shown oldest first so it reads as a story.</summary>
    public static Reply Page(IReadOnlyList<Receipt> newestFirst, int? loop, int page, bool hasMore)
    {
        var scope = loop is { } n ? $"loop #{n}" : "this group";
        if (newestFirst.Count == 0)
        {
            return Reply.Plain(
                page == 1
                    ? $"No receipts yet for {scope}. They appear as soon as someone makes an ask: /ask <what you need>."
                    : $"That is all: there are no older receipts for {scope}."
            );
        }
        var sb = new StringBuilder();
        sb.Append("Receipts for ").Append(scope);
        if (page > 1)
            sb.Append(" (page ").Append(page.ToString(CultureInfo.InvariantCulture)).Append(')');
        sb.Append(":\n");
        for (var i = newestFirst.Count - 1; i >= 0; i--)
            sb.Append(Line(newestFirst[i])).Append('\n');
        sb.Append(
            hasMore
                ? $"Older ones: /receipts{(loop is { } l ? $" #{l}" : "")} more · Check the chain: /verify"
                : "That is the start of the trail. Check the chain: /verify"
        );
        return Reply.Plain(sb.ToString());
    }

    /// <summary>The answer to <c>/verify</c>.</summary>
    public static Reply Verified(long count, ChainBreak? broken) =>
        broken is null
            ? Reply.Plain(
                count == 0
                    ? "No receipts to verify yet."
                    : $"✅ All {count} receipts check out: each one's hash matches its content and links to the one before. Nothing was edited or removed."
            )
            : Reply.Plain(
                $"⚠️ The receipt chain is broken at receipt #{broken.Seq}: {broken.Reason}. Receipts before #{broken.Seq} are intact. Please tell whoever runs this bot."
            );
}
