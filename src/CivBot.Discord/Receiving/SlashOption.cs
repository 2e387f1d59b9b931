namespace CivBot.Discord.Receiving;

/// <summary>
/// An option of a slash command. Type 3 is a string, 4 an integer; <see cref="Choices"/> limits a string. Its
/// description comes from the catalogue (<c>Words.DescribeOption</c>), in each language.
/// </summary>
internal sealed record SlashOption(
    string Name,
    int Type = SlashOption.String,
    bool Required = false,
    IReadOnlyList<string>? Choices = null
)
{
    public const int String = 3;
    public const int Integer = 4;

    /// <summary>The loop option, whose value becomes <c>#N</c> at the end of the arguments.</summary>
    public const string Loop = "loop";

    public static SlashOption LoopNumber => new(Loop, Integer);
}
