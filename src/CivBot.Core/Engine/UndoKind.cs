namespace CivBot.Core.Engine;

/// <summary>
/// What a reversible move was. Notes, options, claims and spends can be reverted on their own even after others have
/// moved; the rest (opening the vote, a phase move, done) only while they are the loop's latest move.
/// </summary>
public enum UndoKind
{
    Other,
    Note,
    Option,
    Claim,
    Spend,
}
