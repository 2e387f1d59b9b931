namespace CivBot.Core.Languages;

/// <summary>
/// A phrase inside a message, such as the reason a loop moved on ("the listen deadline passed"), said in each reader's
/// language. Receipts record it in English, like every summary the bot writes. A plain string (a member's own reason)
/// reads the same in every language.
/// </summary>
public sealed class Why(Func<Words, string> text)
{
    public string In(Words w) => text(w);

    /// <summary>The words as written: a member's reason, the same for every reader.</summary>
    public static implicit operator Why(string words) => new(_ => words);
}
