using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>Turns YAML nodes into typed values, reporting a plain reason at the node's line when one does not fit.</summary>
internal sealed class NodeReader(Diagnostics diagnostics)
{
    public const string DurationForms = "use forms like 30m, 6h, 2d or 1w";

    public Diagnostics Diagnostics => diagnostics;

    public static string Describe(YamlNode node) =>
        node switch
        {
            YamlMappingNode => "a mapping (key: value lines)",
            YamlSequenceNode => "a list",
            _ => "a single value",
        };

    public Section? Mapping(YamlNode? node, string key, string where, IReadOnlyList<string> allowed)
    {
        if (node is null)
            return null;
        if (node is YamlMappingNode mapping)
            return new Section(mapping, where, allowed, diagnostics);
        diagnostics.Add(
            node,
            $"'{key}' should be a mapping (key: value lines), not {Describe(node)}"
        );
        return null;
    }

    public YamlSequenceNode? List(YamlNode? node, string key)
    {
        if (node is null)
            return null;
        if (node is YamlSequenceNode list)
            return list;
        diagnostics.Add(
            node,
            $"'{key}' should be a list (like [a, b] or lines starting with '- '), not {Describe(node)}"
        );
        return null;
    }

    /// <summary>A single value; null (with an error) when it is a list or mapping, or empty and not allowed to be.</summary>
    public string? Text(YamlNode? node, string key, bool allowEmpty = false)
    {
        if (node is null)
            return null;
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Add(node, $"'{key}' should be a single value, not {Describe(node)}");
            return null;
        }
        var text = scalar.Value ?? "";
        if (text.Length == 0 && !allowEmpty)
        {
            diagnostics.Add(node, $"'{key}' is empty; give it a value");
            return null;
        }
        return text;
    }

    public int? Integer(YamlNode? node, string key, int min)
    {
        var text = Text(node, key);
        if (text is null)
            return null;
        if (
            int.TryParse(
                text,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var value
            )
            && value >= min
        )
            return value;
        diagnostics.Add(node!, $"{key} '{text}' should be a whole number of at least {min}");
        return null;
    }

    public double? Number(YamlNode? node, string key, double min)
    {
        var text = Text(node, key);
        if (text is null)
            return null;
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            && value >= min
        )
            return value;
        diagnostics.Add(
            node!,
            $"{key} '{text}' should be a number of at least {min.ToString(CultureInfo.InvariantCulture)}"
        );
        return null;
    }

    public TimeSpan? Duration(YamlNode? node, string key)
    {
        var text = Text(node, key);
        if (text is null)
            return null;
        if (Durations.TryParse(text, out var value))
            return value;
        diagnostics.Add(node!, $"{key} '{text}' is not a duration; {DurationForms}");
        return null;
    }

    /// <summary>A duration that must end before <paramref name="limit"/> (when the limit itself could be read).</summary>
    public TimeSpan? ShorterThan(YamlNode? node, string key, TimeSpan? limit, string limitName)
    {
        var value = Duration(node, key);
        if (value is { } v && limit is { } l && v >= l)
        {
            diagnostics.Add(
                node!,
                $"{key} ({Durations.Format(v)}) must be shorter than {limitName} ({Durations.Format(l)}), or it would never happen"
            );
            return null;
        }
        return value;
    }

    public TEnum? Choice<TEnum>(YamlNode? node, string key)
        where TEnum : struct, Enum
    {
        var text = Text(node, key);
        if (text is null)
            return null;
        if (FlowNames.TryParse<TEnum>(text, out var value))
            return value;
        var valid = FlowNames.All<TEnum>();
        diagnostics.Add(
            node!,
            $"{key} '{text}' is not valid; use {Suggest.List(valid)}{Suggest.DidYouMean(text, valid)}"
        );
        return null;
    }
}
