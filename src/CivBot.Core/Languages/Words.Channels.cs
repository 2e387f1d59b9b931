namespace CivBot.Core.Languages;

/// <summary>
/// What the chat adapters say themselves (a button's private answer, Discord's "Got it") and the command menus they
/// register (Telegram's setMyCommands, Discord's slash commands), in the member's language.
/// </summary>
public abstract partial class Words
{
    /// <summary>The voter's private confirmation: "Vote for option 2 on #1 recorded".</summary>
    public abstract string ButtonVoteRecorded(string loop, string option);

    public abstract string GotIt { get; }

    /// <summary>Discord's private confirmation of a slash command: "Got it: /vote 2 #3".</summary>
    public abstract string GotCommand(string command);

    /// <summary>A flow's own command in the menus: "Open a loop on the Urgent ride flow".</summary>
    public abstract string FlowCommandDescription(string title);

    /// <summary>What each command does, for the menus: at most 100 characters (Discord's limit).</summary>
    protected abstract IReadOnlyDictionary<string, string> CommandDescriptions { get; }

    /// <summary>What a command takes after its name, where the menu line should show it ("&lt;need&gt;").</summary>
    protected abstract IReadOnlyDictionary<string, string> CommandArguments { get; }

    /// <summary>The commands this catalogue describes.</summary>
    public IEnumerable<string> DescribedCommands => CommandDescriptions.Keys;

    /// <summary>What <paramref name="command"/> (an English command name) does: "Open a loop for a need".</summary>
    public string Describe(string command) => CommandDescriptions[command];

    /// <summary>
    /// One line of a command menu: what it does and how to type it in this language ("Open a loop for a need: /ask
    /// &lt;need&gt;", "Abre un ciclo para una necesidad: /pedir &lt;necesidad&gt;").
    /// </summary>
    public string MenuLine(string command) =>
        CommandArguments.TryGetValue(command, out var arguments)
            ? $"{Describe(command)}: /{Command(command)} {arguments}"
            : Describe(command);

    /// <summary>A flow's own command as a menu line: "Open a loop on the Urgent ride flow: /urgent &lt;need&gt;".</summary>
    public string FlowMenuLine(string command, string title) =>
        $"{FlowCommandDescription(title)}: /{command} {CommandArguments["ask"]}";
}
