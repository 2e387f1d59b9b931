namespace CivBot.Core.Languages;

/// <summary>
/// A phrase inside a message, such as the reason a loop moved on ("the listen deadline passed"), said in each reader's
/// language. Receipts record it in English, like every summary the bot writes; a member's own words go inside as a
/// placeholder.
/// </summary>
public sealed class Why(Func<Words, string> text)
{
    public string In(Words w) => text(w);
}
