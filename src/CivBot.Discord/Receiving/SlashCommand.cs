namespace CivBot.Discord.Receiving;

/// <summary>One slash command: its options in the order the chat command reads its words.</summary>
internal sealed record SlashCommand(
    string Name,
    string Description,
    IReadOnlyList<SlashOption> Options
);
