using System.Globalization;

namespace CivBot.Core.Flows;

/// <summary>A phase's settings in plain words, for generated docs.</summary>
internal static class PhaseWords
{
    public static string Describe(PhaseDefinition phase) =>
        phase.Kind switch
        {
            PhaseKind.Listen => "The ask gathers context and +1s; a steward is picked by rotation.",
            PhaseKind.Deliberate when phase.Vote is { } vote => Vote(vote),
            PhaseKind.Do when phase.Builders is { } builders => Builders(builders),
            PhaseKind.Collect when phase.Collect is { } collect => Collect(collect),
            PhaseKind.Audit when phase.Audit is { } audit => Audit(audit),
            _ => "",
        };

    private static string Vote(VoteSettings vote)
    {
        var kind = vote.Kind switch
        {
            VoteKind.Approval => "An approval vote (approve any number of options)",
            VoteKind.Consent => "A consent vote (the proposal passes unless someone objects)",
            _ => "A single-choice vote",
        };
        var quorum = vote.Quorum.Count is { } count
            ? $"{count} {(count == 1 ? "ballot" : "ballots")}"
            : $"{vote.Quorum} of eligible members";
        var words = $"{kind}, open {Durations.Format(vote.Duration)}; quorum {quorum}.";
        if (vote.ReminderBefore is { } reminder)
            words += $" Non-voters are reminded {Durations.Format(reminder)} before it closes.";
        words += $" Without quorum: {Target(vote.OnNoQuorum)}.";
        if (vote.Kind == VoteKind.Consent)
            words += $" On an objection: {Target(vote.OnRejected)}.";
        return words;
    }

    private static string Builders(BuilderSettings builders)
    {
        var words =
            $"Up to {builders.Max} {(builders.Max == 1 ? "builder claims" : "builders claim")} the work.";
        return builders.PickAfter is { } pick
            ? words + $" If nobody claims within {Durations.Format(pick)}, rotation picks one."
            : words + " Nobody is picked automatically.";
    }

    private static string Collect(CollectSettings collect)
    {
        var words =
            $"Each member submits {collect.Quota} {(collect.Quota == 1 ? "check" : "checks")} with /check; a tally is kept.";
        return collect.RemindBefore is { } remind
            ? words
                + $" Members short of their quota are reminded {Durations.Format(remind)} before the deadline."
            : words;
    }

    private static string Audit(AuditSettings audit)
    {
        var backoff = audit.Backoff.ToString("0.##", CultureInfo.InvariantCulture);
        var words =
            $"An independent auditor checks the work. First reminder after {Durations.Format(audit.FirstNudgeAfter)}, each later one {backoff}× longer, at most {audit.MaxNudges}.";
        if (audit.Sample > 0)
            words += $" The auditor samples {audit.Sample} checks.";
        return words
            + $" A flag: {(audit.OnFlag == FlowDefinition.RollbackTarget ? "a rollback is recorded and the loop closes" : $"back to `{audit.OnFlag}`")}.";
    }

    private static string Target(string target) =>
        target == FlowDefinition.Closed ? "the loop closes" : $"the loop goes to `{target}`";
}
