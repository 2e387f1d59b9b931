namespace CivBot.Core.Engine;

/// <summary>Where a member's <c>/receipts</c> paging stands.</summary>
public sealed record ReceiptCursor(int? Loop, int Page, long AsOfSeq);
