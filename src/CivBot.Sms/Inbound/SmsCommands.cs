namespace CivBot.Sms.Inbound;

/// <summary>
/// Phones make "/" awkward to type, so over SMS a message whose first word is a command ("ask …", "vote 2",
/// "status", "JOIN K7QX2M", or a Spanish name: "pedir …", "estado") is that command. "ES" or "EN" alone chooses the
/// language of the texts (<c>/language es</c>).
/// </summary>
public static class SmsCommands
{
    // Not "help" or "start": as single words they are carrier keywords, and "help me get to the clinic" is an ask in
    // plain words that deserves the hint on how to ask, not the command list.
    private static readonly HashSet<string> Known = new(
        Core.Commands.KnownCommands.All.Concat(Core.Commands.KnownCommands.Aliases.Keys)
            .Where(c => c is not ("help" or "start" or "ayuda")),
        StringComparer.OrdinalIgnoreCase
    );

    /// <param name="flowCommands">Commands the deployment's flows add (<c>urgent</c>, <c>checks</c>), slashless too.</param>
    public static string WithSlash(string text, IReadOnlyCollection<string>? flowCommands = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '/')
            return trimmed;
        if (
            Core.Languages.Words.All.FirstOrDefault(w =>
                string.Equals(w.Code, trimmed, StringComparison.OrdinalIgnoreCase)
            ) is
            { } language
        )
            return "/language " + language.Code;
        var end = trimmed.IndexOfAny([' ', '\n', '\r', '\t']);
        var first = end < 0 ? trimmed : trimmed[..end];
        return Known.Contains(first) || (flowCommands?.Contains(first.ToLowerInvariant()) ?? false)
            ? "/" + first.ToLowerInvariant() + trimmed[first.Length..]
            : trimmed;
    }
}
