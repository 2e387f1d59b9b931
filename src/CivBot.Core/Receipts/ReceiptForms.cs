namespace CivBot.Core.Receipts;

/// <summary>
/// Versions of the canonical form. A receipt keeps the form it was written in, so receipts written before a change
/// still hash to their stored hash; only new receipts use the newest form.
/// </summary>
public static class ReceiptForms
{
    /// <summary>The first form: the actor is a display handle only.</summary>
    public const int Handles = 1;

    /// <summary>Adds <c>actor_id</c> (a stable pseudonym of the member) and <c>actor_type</c> (member or bot).</summary>
    public const int Actors = 2;

    /// <summary>
    /// Adds <c>phrase</c> to the receipts the bot worded: a language-neutral code and values (<see cref="Phrase"/>) that
    /// each reader sees in their own language; the summary stays its English rendering.
    /// </summary>
    public const int Phrases = 3;

    public const int Current = Phrases;

    public static string WireName(this ActorType type) => type == ActorType.Bot ? "bot" : "member";

    /// <summary>Reads a stored actor type; null for form 1 receipts.</summary>
    public static ActorType? ParseActorType(string? name) =>
        name switch
        {
            null => null,
            "bot" => ActorType.Bot,
            "member" => ActorType.Member,
            _ => throw new InvalidDataException($"Unknown actor type '{name}'."),
        };
}
