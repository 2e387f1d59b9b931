namespace CivBot.Storage.Receipts;

using CivBot.Core.Receipts;

/// <summary>One page of receipts, newest first, and whether older ones exist.</summary>
public sealed record ReceiptPage(IReadOnlyList<Receipt> NewestFirst, bool HasMore);
