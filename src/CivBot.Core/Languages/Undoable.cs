namespace CivBot.Core.Languages;

/// <summary>
/// A reversible move as <c>/undo</c> names it ("a note", "ann's claim", "the 5.00 USD spend"), in each reader's
/// language. The undo entry keeps which move it was and its detail; the English name goes on the receipt.
/// </summary>
public enum Undoable
{
    Note,
    ProgressNote,
    Option,
    Claim,
    Spend,
    ReportingDone,
    PhaseMove,
    OpeningTheVote,
}
