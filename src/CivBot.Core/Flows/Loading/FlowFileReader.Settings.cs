using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

internal sealed partial class FlowFileReader
{
    private static readonly string[] VoteKeys =
    [
        "kind",
        "duration",
        "quorum",
        "reminder_before",
        "on_no_quorum",
        "on_rejected",
        "options_per_member",
        "rounds",
    ];
    private static readonly string[] BuilderKeys = ["max", "pick_after", "max_spend"];
    private static readonly string[] CollectKeys = ["quota", "remind_before"];
    private static readonly string[] AuditKeys =
    [
        "first_nudge_after",
        "backoff",
        "max_nudges",
        "on_flag",
        "sample",
        "max_repicks",
    ];

    private VoteSettings? ReadVote(YamlNode? node, string? phaseId)
    {
        var vote = _read.Mapping(node, "vote", $"the vote of phase '{phaseId}'", VoteKeys);
        if (vote is null)
            return null;
        var kind = vote.Has("kind")
            ? _read.Choice<VoteKind>(vote.Optional("kind"), "kind")
            : VoteKind.Single;
        var duration = _read.Duration(
            vote.Required("duration", "how long the vote stays open, like 1d"),
            "duration"
        );
        var quorum = vote.Has("quorum")
            ? ReadQuorum(vote.Optional("quorum")!)
            : FlowDefaults.Quorum;
        var reminder = _read.ShorterThan(
            vote.Optional("reminder_before"),
            "reminder_before",
            duration,
            "the vote's duration"
        );
        var onNoQuorum = ReadTarget(vote, "on_no_quorum", phaseId) ?? FlowDefinition.Closed;
        var onRejected = ReadTarget(vote, "on_rejected", phaseId) ?? FlowDefinition.Closed;
        var perMember = vote.Has("options_per_member")
            ? _read.Integer(vote.Optional("options_per_member"), "options_per_member", 1)
            : VoteSettings.DefaultOptionsPerMember;
        var rounds = vote.Has("rounds")
            ? _read.Integer(vote.Optional("rounds"), "rounds", 1)
            : VoteSettings.DefaultRounds;
        return
            kind is { } k
            && duration is { } d
            && quorum is not null
            && perMember is { } p
            && rounds is { } r
            ? new VoteSettings(k, d, quorum, reminder, onNoQuorum, onRejected, p, r)
            : null;
    }

    private Quorum? ReadQuorum(YamlNode node)
    {
        var text = _read.Text(node, "quorum");
        if (text is null)
            return null;
        if (
            int.TryParse(
                text,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var count
            )
            && count >= 0
        )
            return new Quorum(count, null);
        if (
            text.EndsWith('%')
            && int.TryParse(
                text[..^1],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var percent
            )
            && percent is >= 1 and <= 100
        )
            return new Quorum(null, percent / 100.0);
        _diagnostics.Add(
            node,
            $"quorum '{text}' should be a number of ballots (like 2) or a share of members from 1% to 100% (like \"50%\")"
        );
        return null;
    }

    private BuilderSettings? ReadBuilders(YamlNode? node, PhaseKind? kind, TimeSpan? phaseDuration)
    {
        if (node is null)
            return kind == PhaseKind.Do ? FlowDefaults.Builders : null;
        var builders = _read.Mapping(node, "builders", "builders", BuilderKeys);
        if (builders is null)
            return null;
        var max = builders.Has("max")
            ? _read.Integer(builders.Optional("max"), "max", 1)
            : FlowDefaults.Builders.Max;
        var pickAfter = _read.ShorterThan(
            builders.Optional("pick_after"),
            "pick_after",
            phaseDuration,
            "the phase duration"
        );
        int? maxSpend = builders.Has("max_spend")
            ? _read.Integer(builders.Optional("max_spend"), "max_spend", 1)
            : null;
        if (builders.Has("max_spend") && maxSpend is null)
            return null;
        return max is { } m ? new BuilderSettings(m, pickAfter, maxSpend) : null;
    }

    private CollectSettings? ReadCollect(YamlNode? node, TimeSpan? phaseDuration)
    {
        var collect = _read.Mapping(node, "collect", "collect", CollectKeys);
        if (collect is null)
            return null;
        var quota = _read.Integer(
            collect.Required("quota", "how many checks each member submits"),
            "quota",
            1
        );
        var remind = _read.ShorterThan(
            collect.Optional("remind_before"),
            "remind_before",
            phaseDuration,
            "the phase duration"
        );
        return quota is { } q ? new CollectSettings(q, remind) : null;
    }

    private AuditSettings? ReadAudit(YamlNode? node, PhaseKind? kind, string? phaseId)
    {
        var defaults = FlowDefaults.Audit;
        if (node is null)
            return kind == PhaseKind.Audit ? defaults : null;
        var audit = _read.Mapping(node, "audit", "audit", AuditKeys);
        if (audit is null)
            return null;
        var firstNudge = audit.Has("first_nudge_after")
            ? _read.Duration(audit.Optional("first_nudge_after"), "first_nudge_after")
            : defaults.FirstNudgeAfter;
        var backoff = audit.Has("backoff")
            ? _read.Number(audit.Optional("backoff"), "backoff", 1)
            : defaults.Backoff;
        var maxNudges = audit.Has("max_nudges")
            ? _read.Integer(audit.Optional("max_nudges"), "max_nudges", 0)
            : defaults.MaxNudges;
        var onFlag = ReadTarget(audit, "on_flag", phaseId) ?? defaults.OnFlag;
        var sample = audit.Has("sample")
            ? _read.Integer(audit.Optional("sample"), "sample", 0)
            : defaults.Sample;
        var repicks = audit.Has("max_repicks")
            ? _read.Integer(audit.Optional("max_repicks"), "max_repicks", 0)
            : defaults.MaxRepicks;
        return
            firstNudge is { } f
            && backoff is { } b
            && maxNudges is { } m
            && sample is { } s
            && repicks is { } r
            ? new AuditSettings(f, b, m, onFlag, s, r)
            : null;
    }
}
