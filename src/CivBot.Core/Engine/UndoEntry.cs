namespace CivBot.Core.Engine;

using System.Text.Json.Serialization;
using CivBot.Core.Model;

/// <summary>
/// A reversible move: the receipt that recorded it, a short description, and — for the newest few — the loop as it was
/// before, so the latest move can be walked back whole. Older moves keep no copy (null) and are reverted on their own.
/// </summary>
/// <param name="By">Who made the move: a bare /undo only ever reverts the sender's own (null in entries stored before).</param>
/// <param name="Kind">What the move was, so it can be reverted on its own.</param>
/// <param name="Amount">For a spend: the amount, taken off the total when it is undone.</param>
/// <param name="Currency">For a spend: its currency.</param>
/// <param name="What">Which move it was, so each reader's message names it in their language (null in entries stored
/// before: their English <paramref name="Description"/> is shown).</param>
/// <param name="Detail">What names the move beside <paramref name="What"/>: the option's number, the claimer's handle,
/// the phase moved to.</param>
public sealed record UndoEntry(
    LoopState? Before,
    long ReceiptSeq,
    string Description,
    MemberId? By = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        UndoKind Kind = UndoKind.Other,
    decimal? Amount = null,
    string? Currency = null,
    Languages.Undoable? What = null,
    string? Detail = null
);
