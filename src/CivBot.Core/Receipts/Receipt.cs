namespace CivBot.Core.Receipts;

using CivBot.Core.Model;

/// <summary>
/// One permanent, hash-chained record. <see cref="Hash"/> is the SHA-256 (lowercase hex) of the canonical JSON of every
/// other field, <see cref="PrevHash"/> included. Never edited: an undo or rollback is a new receipt.
/// </summary>
/// <param name="ActorId">Since form 2: the member's stable pseudonym (<see cref="MemberPseudonym"/>); null for the bot.</param>
/// <param name="ActorType">Since form 2: member or bot.</param>
/// <param name="Form">The canonical form the receipt was written in (<see cref="ReceiptForms"/>).</param>
/// <param name="Phrase">Since form 3: the bot's own words as a language-neutral phrase (null when the summary is what a
/// member wrote); <see cref="Summary"/> is then its English rendering.</param>
public sealed record Receipt(
    long Seq,
    DateTimeOffset At,
    GroupId Group,
    int? Loop,
    ReceiptKind Kind,
    string Actor,
    string Summary,
    decimal? Amount,
    string? Currency,
    IReadOnlyList<string> Evidence,
    string PrevHash,
    string Hash,
    string? ActorId = null,
    ActorType? ActorType = null,
    int Form = ReceiptForms.Handles,
    Phrase? Phrase = null
)
{
    /// <summary>The previous-hash of a group's first receipt.</summary>
    public const string GenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";
}
