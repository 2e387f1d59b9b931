namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Flows;
using CivBot.Core.Languages;

/// <summary>
/// Helpers for the engine's words, which live in the catalogue (<see cref="Words"/>): shortening, the closest command,
/// a flow's length, who holds a role, and a flow's own templates, which override the catalogue's key messages.
/// </summary>
internal static class Texts
{
    public static IReadOnlyList<string> Commands => CivBot.Core.Commands.KnownCommands.All;

    /// <summary>The known or flow command closest to an unknown <paramref name="name"/> (at most two edits away), if any.</summary>
    public static string? Guess(string name, IReadOnlyList<string> flowCommands) =>
        Commands
            .Concat(flowCommands)
            .Select(c => (c, d: Distance(c, name)))
            .Where(x => x.d <= 2)
            .OrderBy(x => x.d)
            .Select(x => x.c)
            .FirstOrDefault();

    /// <summary>A flow's length in plain words: "about 2 hours", "about a week".</summary>
    public static string Timeline(Words w, TimeSpan span)
    {
        static int N(double n) => (int)Math.Round(n);
        return span.TotalMinutes switch
        {
            < 45 => w.About(N(span.TotalMinutes), TimeUnit.Minute),
            < 90 => w.About(1, TimeUnit.Hour),
            _ when span.TotalHours < 36 => w.About(N(span.TotalHours), TimeUnit.Hour),
            _ when span.TotalDays is >= 6 and < 9 => w.About(1, TimeUnit.Week),
            _ when span.TotalDays < 14 => w.About(N(span.TotalDays), TimeUnit.Day),
            _ => w.About(N(span.TotalDays / 7), TimeUnit.Week),
        };
    }

    public static string Short(string text, int max)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>"1 option", "3 options": a count with its noun, never "option(s)".</summary>
    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    public static string ActorName(Words w, Actor actor, LoopState loop, GroupState state) =>
        actor switch
        {
            Actor.Participant => w.Members,
            Actor.Asker => w.TheAsker(loop.AskerHandle),
            Actor.Steward => w.TheSteward(Handle(w, loop.Steward, state)),
            Actor.Builder => loop.Builders.Count == 0
                ? w.NoBuilderYet
                : w.TheBuilders(string.Join(", ", loop.Builders.Select(b => Handle(w, b, state)))),
            Actor.Auditor => w.TheAuditor(Handle(w, loop.Auditor, state)),
            _ => actor.ToString(),
        };

    /// <summary>A member's handle; "someone" when they are gone, "nobody yet" when nobody holds the role.</summary>
    public static string Handle(Words w, Model.MemberId? id, GroupState state) =>
        id is { } m ? state.Member(m)?.Handle ?? w.Someone : w.NobodyYet;

    public static string VoteUsage(Words w, LoopState loop, VoteKind kind) =>
        w.VoteUsage(kind, loop.No, loop.Options.Count, loop.Vote?.ConsentOption ?? 1);

    /// <summary>
    /// Uses the flow's template for <paramref name="key"/> when it has one and the reader reads the flow's language
    /// (a flow's messages are written in one), else the default text.
    /// </summary>
    public static string Template(
        Words w,
        FlowDefinition flow,
        string key,
        string fallback,
        params (string Name, string Value)[] values
    )
    {
        if (
            w.Code != (flow.Language ?? Words.English.Code)
            || !flow.Messages.TryGetValue(key, out var template)
        )
            return fallback;
        var text = template;
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(
                    Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1),
                    d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                );
        }
        return d[a.Length, b.Length];
    }
}
