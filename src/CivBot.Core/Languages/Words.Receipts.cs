namespace CivBot.Core.Languages;

/// <summary>The chat view of receipts (<c>/receipts</c>) and the answer to <c>/verify</c>. Receipts keep their words.</summary>
public abstract partial class Words
{
    /// <summary>"Nov 22 14:05" / "22 nov 14:05": when a receipt was written (UTC).</summary>
    public string ReceiptTime(DateTimeOffset at) =>
        DayAndDate("", at.UtcDateTime.Day, Months[at.UtcDateTime.Month - 1]).Trim()
        + " "
        + at.UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"loop #3", or null for "this group".</summary>
    public abstract string ReceiptScope(int? loop);

    public abstract string LoopLabel(int loop);

    public abstract string NoReceiptsYet(string scope);

    public abstract string NoOlderReceipts(string scope);

    public abstract string ReceiptsFor(string scope, int page);

    public abstract string OlderReceipts(string command);

    public abstract string StartOfTrail { get; }

    public abstract string NothingToVerify { get; }

    public abstract string AllReceiptsCheckOut(long count);

    /// <summary>How a chain breaks at receipt <paramref name="seq"/> (<see cref="Receipts.ChainBreak"/>), inside a broken-chain answer.</summary>
    public abstract string ChainFaultText(Receipts.ChainFault fault, long seq, long other);

    public abstract string ChainBroken(long seq, string reason);
}
