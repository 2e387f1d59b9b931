namespace CivBot.Core.Receipts;

using System.Globalization;
using System.Text;
using CivBot.Core.Languages;
using CivBot.Core.Replies;

/// <summary>The chat view of receipts: short lines that read well on a phone.</summary>
public static class ReceiptText
{
    /// <summary>
    /// One receipt as a single line: <c>#12 · Nov 22 14:05 · loop #3 · spend · ann: gas [12.50 USD]</c>. The kind stays
    /// its code and people's words stay theirs; the bot's words, the date, the loop and the amount are in the reader's
    /// language.
    /// </summary>
    public static string Line(Words w, Receipt r)
    {
        var sb = new StringBuilder();
        sb.Append('#').Append(r.Seq.ToString(CultureInfo.InvariantCulture));
        sb.Append(" · ").Append(w.ReceiptTime(r.At));
        if (r.Loop is { } loop)
            sb.Append(" · ").Append(w.LoopLabel(loop));
        sb.Append(" · ").Append(r.Kind.WireName());
        sb.Append(" · ").Append(Actor(r)).Append(": ").Append(Summary(w, r));
        if (r.Amount is { } amount)
            sb.Append(" [").Append(w.Amount(amount, r.Currency)).Append(']');
        foreach (var link in r.Evidence)
            sb.Append(' ').Append(link);
        return sb.ToString();
    }

    /// <summary>
    /// The receipt's words for this reader: what a member wrote, as they wrote it; what the bot wrote (its phrase) in
    /// the reader's language, or its English summary when this program does not know the phrase.
    /// </summary>
    public static string Summary(Words w, Receipt r) =>
        r.Phrase is { } phrase && Phrases.TryRender(w, phrase) is { } text ? text : r.Summary;

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

    /// <summary>A page of receipts, given newest first; shown oldest first so it reads as a story.</summary>
    public static Reply Page(
        Words w,
        IReadOnlyList<Receipt> newestFirst,
        int? loop,
        int page,
        bool hasMore
    )
    {
        var scope = w.ReceiptScope(loop);
        if (newestFirst.Count == 0)
            return Reply.Plain(page == 1 ? w.NoReceiptsYet(scope) : w.NoOlderReceipts(scope));
        var sb = new StringBuilder();
        sb.Append(w.ReceiptsFor(scope, page)).Append('\n');
        for (var i = newestFirst.Count - 1; i >= 0; i--)
            sb.Append(Line(w, newestFirst[i])).Append('\n');
        sb.Append(
            hasMore
                ? w.OlderReceipts("/" + w.Command("receipts") + (loop is { } l ? $" #{l}" : ""))
                : w.StartOfTrail
        );
        return Reply.Plain(sb.ToString());
    }

    /// <summary>The answer to <c>/verify</c>.</summary>
    public static Reply Verified(Words w, long count, ChainBreak? broken) =>
        Reply.Plain(
            broken is not null ? w.ChainBroken(broken.Seq, broken.Reason(w))
            : count == 0 ? w.NothingToVerify
            : w.AllReceiptsCheckOut(count)
        );
}
