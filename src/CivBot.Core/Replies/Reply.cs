namespace CivBot.Core.Replies;

/// <summary>
/// A rendering-neutral message: plain text (never markup; each channel's renderer escapes it) and optional buttons.
/// Channels without buttons show the <see cref="TextFallback"/> line instead (for example "Reply 1, 2 or 3").
/// </summary>
public sealed record Reply(
    string Text,
    IReadOnlyList<ReplyButton> Buttons,
    string? TextFallback = null
)
{
    public static Reply Plain(string text) => new(text, []);
}
