namespace CivBot.Core.Receipts;

using CivBot.Core.Languages;

/// <summary>
/// The first receipt where a chain stops being valid, and how. <paramref name="Other"/> is the other number the fault
/// names: the sequence number before a jump, or the last missing receipt.
/// </summary>
public sealed record ChainBreak(long Seq, ChainFault Fault, long Other = 0)
{
    /// <summary>Why, in <paramref name="w"/>'s words.</summary>
    public string Reason(Words w) => w.ChainFaultText(Fault, Seq, Other);
}
