namespace CivBot.Core.Receipts;

/// <summary>The first receipt where a chain stops being valid, and why.</summary>
public sealed record ChainBreak(long Seq, string Reason);
