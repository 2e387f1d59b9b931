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
