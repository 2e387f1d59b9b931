namespace CivBot.Core.Engine;

using CivBot.Core.Model;

/// <summary>A proposed option, numbered from 1 in proposal order.</summary>
/// <param name="ReceiptSeq">The option's receipt, so a revert names it (null for options stored before).</param>
public sealed record LoopOption(
    int Number,
    string Text,
    MemberId ProposedBy,
    string ProposedByHandle,
    long? ReceiptSeq = null
);
