namespace CivBot.Playground;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>One line of playground input: a member saying something, a clock jump, a comment, or a mistake.</summary>
public abstract record PlaygroundLine
{
    public sealed record Says(string Name, string Text) : PlaygroundLine;

    public sealed record Wait(TimeSpan Span) : PlaygroundLine;

    public sealed record Blank : PlaygroundLine;

    public sealed record Invalid(string Problem) : PlaygroundLine;
}

public static partial class PlaygroundLineParser
{
    /// <summary>The longest single <c>:wait</c>.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(3650);

    public static PlaygroundLine Parse(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            return new PlaygroundLine.Blank();
        if (trimmed.StartsWith(':'))
        {
            var parts = trimmed[1..]
                .Split(
                    ' ',
                    2,
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                );
            if (parts.Length == 2 && parts[0].Equals("wait", StringComparison.OrdinalIgnoreCase))
            {
                if (!Core.Flows.Durations.TryParse(parts[1], out var span))
                    return new PlaygroundLine.Invalid(
                        $"\"{parts[1]}\" isn't a duration; try :wait 45m, :wait 6h or :wait 2d."
                    );
                // Far beyond any loop's deadline, and a few thousand years more would run the clock off the calendar.
                return span <= MaxWait
                    ? new PlaygroundLine.Wait(span)
                    : new PlaygroundLine.Invalid(
                        "That wait is too long: the playground moves the clock at most 10 years (520w) at a time."
                    );
            }
            return new PlaygroundLine.Invalid(
                "The only playground directive is :wait <duration>, e.g. :wait 2d."
            );
        }
        var m = SaysLine().Match(trimmed);
        if (!m.Success)
        {
            return new PlaygroundLine.Invalid(
                "Lines look like \"name: text\", e.g. \"ann: /ask Need a ride to the clinic before 5pm\" (names: letters, digits, - and _)."
            );
        }
        var text = m.Groups["text"].Value.Trim();
        return text.Length == 0
            ? new PlaygroundLine.Invalid(
                $"{m.Groups["name"].Value} said nothing; write the message after the colon."
            )
            : new PlaygroundLine.Says(m.Groups["name"].Value, text);
    }

    public static string Describe(TimeSpan span) =>
        Core.Flows.Durations.Format(span).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<name>[\p{L}\p{N}_\-]{1,32})\s*:(?<text>.*)$")]
    private static partial Regex SaysLine();
}
