using System.Text.RegularExpressions;
using CivBot.Core.Commands;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

internal sealed partial class FlowFileReader
{
    // Telegram's rule for bot commands (1–32 of a-z, 0-9, _), so the command works in every channel's menu.
    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();

    private string? ReadCommand(YamlNode? node)
    {
        if (node is null)
            return null;
        var text = _read.Text(node, "command")?.Trim();
        if (text is null)
            return null;
        var name = text.TrimStart('/');
        if (!CommandPattern().IsMatch(name))
        {
            _diagnostics.Add(
                node,
                $"command '{text}' should be one word of 1 to 32 lowercase letters, digits or '_', like urgent"
            );
            return null;
        }
        if (KnownCommands.All.Contains(name) || KnownCommands.Aliases.ContainsKey(name))
        {
            _diagnostics.Add(
                node,
                $"command '{name}' is already one of CivBot's own commands (/{name}); pick another word, like {name}now"
            );
            return null;
        }
        return name;
    }

    private string? ReadTimeZone(YamlNode? node)
    {
        if (node is null)
            return null;
        var text = _read.Text(node, "time_zone")?.Trim();
        if (text is null)
            return null;
        if (!Engine.TimeZones.TryFind(text, out _))
        {
            _diagnostics.Add(
                node,
                $"time_zone '{text}' is not a time zone I know; use an IANA name like America/Chicago or Europe/Berlin"
            );
            return null;
        }
        return text;
    }

    private string? ReadLanguage(YamlNode? node)
    {
        if (node is null)
            return null;
        var text = _read.Text(node, "language")?.Trim();
        if (text is null)
            return null;
        if (Languages.Words.Find(text) is not { } words)
        {
            _diagnostics.Add(
                node,
                $"language '{text}' is not one CivBot speaks; use one of {Languages.Words.Codes}"
            );
            return null;
        }
        return words.Code;
    }

    private bool? ReadFlag(YamlNode? node, string key)
    {
        var text = _read.Text(node, key);
        if (text is null)
            return null;
        if (text is "true" or "false")
            return text == "true";
        _diagnostics.Add(node!, $"{key} should be true or false, not '{text}'");
        return null;
    }
}
