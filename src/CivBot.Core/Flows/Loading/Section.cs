using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>A mapping in the file whose keys were checked against the ones allowed at that place.</summary>
internal sealed class Section
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(
        StringComparer.Ordinal
    );
    private readonly Diagnostics _diagnostics;

    public Section(
        YamlMappingNode node,
        string where,
        IReadOnlyList<string> allowed,
        Diagnostics diagnostics
    )
    {
        Node = node;
        Where = where;
        _diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Add(
                    key,
                    $"a key in {where} should be a plain word, not {NodeReader.Describe(key)}"
                );
                continue;
            }
            if (!allowed.Contains(name))
            {
                var hint = Suggest.DidYouMean(name, allowed) is { Length: > 0 } mean
                    ? mean
                    : $"; valid keys here are {Suggest.List(allowed, "and")}";
                diagnostics.Add(key, $"unknown key '{name}' in {where}{hint}");
                continue;
            }
            _entries[name] = (key, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string Where { get; }

    public int Line => Diagnostics.LineOf(Node);

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Optional(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlNode? KeyNode(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public YamlNode? Required(string key, string hint)
    {
        var value = Optional(key);
        if (value is null)
            _diagnostics.Add(Line, $"{Where} is missing '{key}' ({hint})");
        return value;
    }
}
