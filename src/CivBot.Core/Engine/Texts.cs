namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Flows;

/// <summary>The engine's words. Warm, plain, one clear next step; a flow can override the key messages.</summary>
internal static class Texts
{
    public static IReadOnlyList<string> Commands => CivBot.Core.Commands.KnownCommands.All;

    public const string PrivateHint =
        "Hi, I'm CivBot, a bot. To ask your group for help, start with /ask, e.g. /ask Need a ride to the clinic before 5pm. /help lists everything else.";

    public static string UnknownCommand(string name, IReadOnlyList<string> flowCommands)
    {
        var guess = Commands
            .Concat(flowCommands)
            .Select(c => (c, d: Distance(c, name)))
            .Where(x => x.d <= 2)
            .OrderBy(x => x.d)
            .Select(x => x.c)
            .FirstOrDefault();
        var flows = flowCommands.Select(c => "/" + c).ToList();
        return guess is not null
                ? $"I don't know /{name}. Did you mean /{guess}? /help lists everything."
            : flows.Count > 0
                ? $"I don't know /{name}. /help lists what I can do; /flows the loops this group can run ({string.Join(", ", flows)})."
            : $"I don't know /{name}. /help lists what I can do.";
    }

    /// <summary>A flow's length in plain words: "about 2 hours", "about a week".</summary>
    public static string Timeline(TimeSpan span)
    {
        static string About(double n, string one, string many) =>
            Math.Round(n) <= 1 ? $"about {one}" : $"about {Math.Round(n):0} {many}";
        return span.TotalMinutes switch
        {
            < 45 => About(span.TotalMinutes, "a minute", "minutes"),
            < 90 => "about an hour",
            _ when span.TotalHours < 36 => About(span.TotalHours, "an hour", "hours"),
            _ when span.TotalDays is >= 6 and < 9 => "about a week",
            _ when span.TotalDays < 14 => About(span.TotalDays, "a day", "days"),
            _ => About(span.TotalDays / 7, "a week", "weeks"),
        };
    }

    public static string Welcome(string handle) =>
        $"Welcome, {handle}! I'm CivBot, a bot that helps this group turn asks into small actions with receipts. /help shows how.";

    public static string Short(string text, int max)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>"1 option", "3 options": a count with its noun, never "option(s)".</summary>
    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    public static string JoinOr(IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
        };

    public static string PhaseName(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "Listen",
            PhaseKind.Deliberate => "Deliberate",
            PhaseKind.Do => "Do",
            PhaseKind.Collect => "Collect",
            PhaseKind.Audit => "Audit",
            _ => kind.ToString(),
        };

    /// <summary>What a phase is for, in a few plain words.</summary>
    public static string PhaseMeaning(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "hearing the need and ideas",
            PhaseKind.Deliberate => "choosing what to do",
            PhaseKind.Do => "carrying out the decision",
            PhaseKind.Collect => "everyone sends checks",
            PhaseKind.Audit => "someone independent checks the receipts",
            _ => "",
        };

    public static string WhatNow(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen =>
                "Add context with /add, +1 it, propose options with /propose; the steward moves on with /next.",
            PhaseKind.Deliberate =>
                "Propose with /propose; the steward opens the vote with /vote; then /vote <n>.",
            PhaseKind.Do =>
                "Builders /claim, record /spend and progress (/add), and report /done <outcome>.",
            PhaseKind.Collect => "Send your checks with /check <what you checked>.",
            PhaseKind.Audit =>
                "The auditor checks the receipts and replies /audit ok <note> or /audit flag <problem>.",
            _ => "",
        };

    public static string ActorName(Actor actor, LoopState loop, Engine.GroupState state) =>
        actor switch
        {
            Actor.Participant => "members",
            Actor.Asker => $"the asker ({loop.AskerHandle})",
            Actor.Steward => $"the steward ({Handle(loop.Steward, state)})",
            Actor.Builder => loop.Builders.Count == 0
                ? "a builder (nobody has claimed it yet: /claim)"
                : $"the builders ({string.Join(", ", loop.Builders.Select(b => Handle(b, state)))})",
            Actor.Auditor => $"the auditor ({Handle(loop.Auditor, state)})",
            _ => actor.ToString(),
        };

    private static string Handle(Model.MemberId? id, Engine.GroupState state) =>
        id is { } m ? state.Member(m)?.Handle ?? "someone" : "nobody yet";

    public static string VoteKindName(VoteKind kind) =>
        kind switch
        {
            VoteKind.Single => "single choice",
            VoteKind.Approval => "approval",
            VoteKind.Consent => "consent",
            _ => kind.ToString(),
        };

    public static string VoteUsage(LoopState loop, VoteKind kind) =>
        kind switch
        {
            VoteKind.Approval =>
                $"Vote with the numbers you approve, e.g. /vote #{loop.No} 1 3 (options 1 to {loop.Options.Count}).",
            VoteKind.Consent =>
                $"Consent with /vote #{loop.No} {loop.Vote?.ConsentOption}, or object with /object #{loop.No} <reason>.",
            _ when loop.Options.Count == 1 => $"Vote with /vote #{loop.No} 1.",
            _ => $"Vote with one number from 1 to {loop.Options.Count}, e.g. /vote #{loop.No} 1.",
        };

    /// <summary>
    /// "in 2h (14:05)" in the group's local time, with the weekday when it is not today ("in 2d (Fri 17:00)") and the
    /// date as well beyond a week; "now" when it has passed. The relative part is exact, rounded up to the minute.
    /// </summary>
    public static string When(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var left = at - now;
        if (left <= TimeSpan.Zero)
            return "now";
        return $"in {Durations.Format(RoundUp(left))} ({LocalTime(at, now, zone)})";
    }

    /// <summary>"14:05" today, "Fri 17:00" within a week either side, "Fri Dec 4 17:00" further off, in local time.</summary>
    public static string LocalTime(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var format =
            local.Date == today ? "HH:mm"
            : local.Date < today.AddDays(7) && local.Date > today.AddDays(-7) ? "ddd HH:mm"
            : "ddd MMM d HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    private static TimeSpan RoundUp(TimeSpan t) =>
        t < TimeSpan.FromMinutes(1)
            ? TimeSpan.FromSeconds(Math.Ceiling(t.TotalSeconds))
            : TimeSpan.FromMinutes(Math.Ceiling(t.TotalMinutes - 1e-9));

    public static string LoopOpened(
        LoopState loop,
        PhaseDefinition first,
        string? steward,
        string deadline
    ) =>
        $"📣 New ask #{loop.No} from {loop.AskerHandle}: {Short(loop.Ask, 160)}\n"
        + (
            steward is null
                ? "Nobody is free to steward it yet. "
                : $"Steward: {steward} (by rotation; keeps it moving). "
        )
        + $"{PhaseName(first.Kind)} ({PhaseMeaning(first.Kind)}) ends {deadline}. Add context with /add #{loop.No}, +1 it, or /propose #{loop.No} <option>.";

    public static string StewardPicked(LoopState loop) =>
        $"You are the steward of #{loop.No}: {Short(loop.Ask, 100)}. Keep it small and fair: /next moves it on, /vote opens the vote, /undo reverts your last move. Can't do it? /handoff #{loop.No} hands it on.";

    /// <summary>Uses the flow's template for <paramref name="key"/> when it has one, else the default text.</summary>
    public static string Template(
        FlowDefinition flow,
        string key,
        string fallback,
        params (string Name, string Value)[] values
    )
    {
        if (!flow.Messages.TryGetValue(key, out var template))
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
