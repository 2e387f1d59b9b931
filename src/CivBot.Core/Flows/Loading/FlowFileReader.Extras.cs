using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

internal sealed partial class FlowFileReader
{
    private static readonly string[] EmergencyKeys = ["keywords", "pointer"];

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    private EmergencySettings ReadEmergency(YamlNode? node)
    {
        var defaults = FlowDefaults.Emergency;
        var section = _read.Mapping(node, "emergency", "emergency", EmergencyKeys);
        if (section is null)
            return defaults;

        var keywords = defaults.Keywords;
        if (_read.List(section.Optional("keywords"), "keywords") is { } list)
        {
            keywords = [.. list.Children.Select(k => _read.Text(k, "keyword")).OfType<string>()];
            if (list.Children.Count == 0)
                _diagnostics.Add(
                    list,
                    "keywords cannot be empty: CivBot must always point people in danger to real help"
                );
        }
        var pointer = _read.Text(section.Optional("pointer"), "pointer") ?? defaults.Pointer;
        return new EmergencySettings(keywords, pointer);
    }

    private IReadOnlyDictionary<string, string> ReadMessages(YamlNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
            return result;
        if (node is not YamlMappingNode mapping)
        {
            _diagnostics.Add(
                node,
                $"'messages' should be a mapping of message key to text, not {NodeReader.Describe(node)}"
            );
            return result;
        }
        var keys = FlowDefinition.MessageKeys.Keys.ToList();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!FlowDefinition.MessageKeys.TryGetValue(key, out var allowed))
            {
                _diagnostics.Add(
                    keyNode,
                    $"unknown message key '{key}'{Suggest.DidYouMean(key, keys)}; valid keys are {Suggest.List(keys, "and")}"
                );
                continue;
            }
            var text = _read.Text(valueNode, key);
            if (text is not null && CheckPlaceholders(key, text, allowed, valueNode))
                result[key] = text;
        }
        return result;
    }

    private bool CheckPlaceholders(
        string key,
        string text,
        IReadOnlyList<string> allowed,
        YamlNode node
    )
    {
        var ok = true;
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (allowed.Contains(name))
                continue;
            ok = false;
            var valid = Suggest.List(allowed.Select(a => "{" + a + "}"));
            _diagnostics.Add(
                node,
                $"message '{key}' cannot fill {{{name}}}{Suggest.DidYouMean(name, allowed)}; use {valid}"
            );
        }
        return ok;
    }
}
