namespace CivBot.Core.Engine;

/// <summary>A reversible move: the loop as it was before, the receipt that recorded the move, and a short description.</summary>
public sealed record UndoEntry(LoopState Before, long ReceiptSeq, string Description);
