using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>Reads a flow file's single YAML document, turning syntax errors into plain reasons with a line.</summary>
internal static class YamlText
{
    private const string Fix =
        "check the indentation, colons and quotes on this line and the one before";

    public static YamlNode? Root(string yaml, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
            when (ex.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = ex.Message["Duplicate key".Length..].Trim();
            diagnostics.Add((int)ex.Start.Line, $"the key '{key}' appears twice here; keep one");
            return null;
        }
        catch (YamlException ex) when (TabIndentedLine(yaml, ex) is { } tabbed)
        {
            // YamlDotNet places a tab's error at the line before it, or at the mapping it breaks; the tab is what to fix.
            diagnostics.Add(
                tabbed,
                "this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces"
            );
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(
                (int)ex.Start.Line,
                $"this is not valid YAML: {Plain(ex.Message)}; {Fix}"
            );
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner occasionally fails without a position (an unclosed [ before a plain key, for one).
            diagnostics.Add(
                LastReadableLine(yaml),
                $"this is not valid YAML (an unclosed bracket or quote?); {Fix}"
            );
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(
                1,
                "the file is empty; a flow needs at least id, version, title and phases"
            );
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(
                stream.Documents[1].RootNode,
                "a flow file holds exactly one flow; remove the '---' that starts a second document"
            );
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    private static string Plain(string message) =>
        message.TrimEnd('.') is { Length: > 0 } m
            ? char.ToLowerInvariant(m[0]) + m[1..]
            : "unreadable text";

    /// <summary>
    /// The line indented with a tab that caused <paramref name="ex"/>: the first in the file when the error speaks of a
    /// tab, else one next to the error's line.
    /// </summary>
    private static int? TabIndentedLine(string yaml, YamlException ex)
    {
        var lines = yaml.Split('\n');
        var near = (int)ex.Start.Line;
        var aboutTabs = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        var from = aboutTabs ? 0 : Math.Max(0, near - 2);
        var to = aboutTabs ? lines.Length : Math.Min(lines.Length, near + 1);
        for (var i = from; i < to; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
                return i + 1;
        }
        return null;
    }

    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        long line = 1;
        try
        {
            while (parser.MoveNext())
                line = parser.Current?.Start.Line ?? line;
        }
        catch (Exception ex)
            when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The failure point is just past the last event that parsed.
        }
        return (int)line;
    }
}
