namespace CivBot.Discord.Receiving;

using CivBot.Core.Languages;

/// <summary>
/// One slash command: its options in the order the chat command reads its words. Its description comes from the
/// catalogue, in each language; a flow's own command is described by the flow's title.
/// </summary>
internal sealed record SlashCommand(
    string Name,
    IReadOnlyList<SlashOption> Options,
    string? FlowTitle = null
)
{
    /// <summary>The description in English, the one Discord shows when the member's locale has none.</summary>
    public string Description => DescriptionIn(Words.English);

    /// <summary>The description in <paramref name="w"/>'s language, within Discord's 100 characters.</summary>
    public string DescriptionIn(Words w)
    {
        var text = FlowTitle is null ? w.Describe(Name) : w.FlowCommandDescription(FlowTitle);
        return WithinLimit(text);
    }

    /// <summary>What <paramref name="option"/> takes, in <paramref name="w"/>'s language (a flow's command is "flow").</summary>
    public string OptionIn(Words w, SlashOption option) =>
        WithinLimit(w.DescribeOption(FlowTitle is null ? Name : Words.FlowCommandKey, option.Name));

    /// <summary>Discord refuses a description over 100 characters.</summary>
    private static string WithinLimit(string text) => text.Length <= 100 ? text : text[..100];
}
