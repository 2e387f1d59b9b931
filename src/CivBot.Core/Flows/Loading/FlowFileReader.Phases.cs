using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

internal sealed partial class FlowFileReader
{
    private static readonly string[] PhaseKeys =
    [
        "id",
        "kind",
        "duration",
        "next",
        "vote",
        "builders",
        "collect",
        "audit",
    ];

    private readonly Dictionary<string, int> _phaseIds = new(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex PhaseIdPattern();

    private List<PhaseDraft>? ReadPhases(Section flow)
    {
        var list = _read.List(flow.Required("phases", "the steps of the loop, in order"), "phases");
        if (list is null)
            return null;
        if (list.Children.Count == 0)
        {
            _diagnostics.Add(
                list,
                "phases is empty; list the steps of the loop, starting with where an ask lands"
            );
            return null;
        }

        var drafts = new List<PhaseDraft>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (ReadPhase(list.Children[i], i + 1) is { } draft)
                drafts.Add(draft);
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Next is not null)
                continue;
            // Without an explicit next, a phase hands over to the one written after it; the last one closes the loop.
            drafts[i].Next = i + 1 < drafts.Count ? drafts[i + 1].Id : FlowDefinition.Closed;
            if (drafts[i].Next is { } target)
                _links.Add(new PhaseLink(drafts[i].Id, "next", target, drafts[i].Line));
        }
        return drafts;
    }

    private PhaseDraft? ReadPhase(YamlNode node, int position)
    {
        var where = PeekId(node) is { } peeked ? $"phase '{peeked}'" : $"phase {position}";
        var phase = _read.Mapping(node, "phases", where, PhaseKeys);
        if (phase is null)
            return null;

        var id = ReadPhaseId(phase);
        var kind = _read.Choice<PhaseKind>(phase.Required("kind", KindHint), "kind");
        var duration = _read.Duration(
            phase.Required("duration", "the phase deadline, like 1d"),
            "duration"
        );
        var next = ReadTarget(phase, "next", id);

        return new PhaseDraft(id, kind, duration, phase.Line)
        {
            Next = next,
            Vote = ReadVote(KindSetting(phase, "vote", kind, PhaseKind.Deliberate, VoteHint), id),
            Builders = ReadBuilders(
                KindSetting(phase, "builders", kind, PhaseKind.Do, null),
                kind,
                duration
            ),
            Collect = ReadCollect(
                KindSetting(phase, "collect", kind, PhaseKind.Collect, CollectHint),
                duration
            ),
            Audit = ReadAudit(KindSetting(phase, "audit", kind, PhaseKind.Audit, null), kind, id),
        };
    }

    private static string KindHint => $"one of {Suggest.List(FlowNames.All<PhaseKind>())}";

    private const string VoteHint = "how the group votes: kind, duration and quorum";

    private const string CollectHint = "how many checks each member submits: quota";

    private static string? PeekId(YamlNode node) =>
        node is YamlMappingNode mapping
        && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var value)
        && value is YamlScalarNode { Value: { Length: > 0 } id }
            ? id
            : null;

    private string? ReadPhaseId(Section phase)
    {
        var node = phase.Required("id", "a short lowercase name like listen");
        var id = _read.Text(node, "id");
        if (id is null)
            return null;
        if (!PhaseIdPattern().IsMatch(id))
        {
            _diagnostics.Add(
                node!,
                $"phase id '{id}' should start with a lowercase letter and use only a-z, 0-9, '_' and '-'"
            );
            return null;
        }
        if (id is FlowDefinition.Closed or FlowDefinition.RollbackTarget)
        {
            _diagnostics.Add(
                node!,
                $"phase id '{id}' is reserved (it names where a loop ends); pick another name"
            );
            return null;
        }
        if (_phaseIds.TryGetValue(id, out var firstLine))
        {
            _diagnostics.Add(
                node!,
                $"phase id '{id}' is used twice (first on line {firstLine}); each phase needs its own id"
            );
            return null;
        }
        _phaseIds[id] = Diagnostics.LineOf(node!);
        return id;
    }

    /// <summary>Reads a phase-or-closed target and remembers it for the cross-phase checks.</summary>
    private string? ReadTarget(Section section, string key, string? from)
    {
        var node = section.Optional(key);
        var target = _read.Text(node, key);
        if (target is not null)
            _links.Add(new PhaseLink(from, key, target, Diagnostics.LineOf(node!)));
        return target;
    }

    /// <summary>The node of a kind's own settings block, or null after reporting it on a phase of another kind.</summary>
    private YamlNode? KindSetting(
        Section phase,
        string key,
        PhaseKind? kind,
        PhaseKind owner,
        string? requiredHint
    )
    {
        var node = phase.Optional(key);
        if (kind is null || kind == owner)
        {
            if (kind == owner && node is null && requiredHint is not null)
                phase.Required(key, requiredHint);
            return node;
        }
        if (node is not null)
        {
            _diagnostics.Add(
                phase.KeyNode(key)!,
                $"'{key}' only belongs on {Words.A(FlowNames.Of(owner))} phase, and {phase.Where} is {Words.A(FlowNames.Of(kind.Value))} phase"
            );
        }
        return null;
    }
}
