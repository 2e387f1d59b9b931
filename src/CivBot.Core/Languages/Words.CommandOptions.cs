namespace CivBot.Core.Languages;

/// <summary>What each slash-command option takes (Discord shows it under the option), in the member's language.</summary>
public abstract partial class Words
{
    /// <summary>The key a flow's own command (<c>/urgent</c>) uses for its options.</summary>
    public const string FlowCommandKey = "flow-command";

    /// <summary>
    /// By "command.option" ("spend.amount"), or by the option alone where every command means the same ("loop"):
    /// at most 100 characters (Discord's limit).
    /// </summary>
    protected abstract IReadOnlyDictionary<string, string> OptionDescriptions { get; }

    /// <summary>The keys this catalogue describes.</summary>
    public IEnumerable<string> DescribedOptions => OptionDescriptions.Keys;

    /// <summary>How a fixed choice of an option reads, by "command.option.value" ("audit.verdict.flag").</summary>
    protected abstract IReadOnlyDictionary<string, string> ChoiceNames { get; }

    /// <summary>The name shown for <paramref name="value"/>, a fixed choice of an option; the value itself is sent.</summary>
    public string NameChoice(string command, string option, string value) =>
        ChoiceNames.TryGetValue($"{command}.{option}.{value}", out var name) ? name : value;

    /// <summary>What <paramref name="option"/> of <paramref name="command"/> (English names) takes.</summary>
    public string DescribeOption(string command, string option) =>
        OptionDescriptions.TryGetValue(command + "." + option, out var text)
            ? text
            : OptionDescriptions[option];
}
