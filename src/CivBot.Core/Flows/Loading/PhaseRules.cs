using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>Checks that span phases: every link lands somewhere real, the loop has its essential kinds, and no phase is an island.</summary>
internal sealed class PhaseRules(
    IReadOnlyList<PhaseDraft> phases,
    IReadOnlyList<PhaseLink> links,
    Diagnostics diagnostics,
    YamlNode phasesNode
)
{
    private readonly Dictionary<string, PhaseDraft> _byId = phases
        .Where(p => p.Id is not null)
        .GroupBy(p => p.Id!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public void Check()
    {
        foreach (var link in links)
            CheckLink(link);
        CheckKinds();
        CheckReachable();
    }

    private void CheckLink(PhaseLink link)
    {
        if (link.Key == "on_flag")
        {
            CheckFlagTarget(link);
            return;
        }
        if (link.Target == FlowDefinition.Closed)
            return;
        if (!_byId.ContainsKey(link.Target))
        {
            var ids = _byId.Keys.Append(FlowDefinition.Closed).ToList();
            diagnostics.Add(
                link.Line,
                $"{link.Key} '{link.Target}' is not a phase of this flow{Suggest.DidYouMean(link.Target, ids)}; use {Suggest.List(ids.Select(i => $"'{i}'"))}"
            );
            return;
        }
        if (link.Key == "next" && link.Target == link.From)
            diagnostics.Add(
                link.Line,
                $"phase '{link.From}' cannot be its own next; point it at a later phase or 'closed'"
            );
    }

    private void CheckFlagTarget(PhaseLink link)
    {
        if (link.Target == FlowDefinition.RollbackTarget)
            return;
        if (
            _byId.TryGetValue(link.Target, out var target)
            && target.Kind is PhaseKind.Do or PhaseKind.Collect or null
        )
            return;
        var ids = _byId
            .Values.Where(p => p.Kind is PhaseKind.Do or PhaseKind.Collect)
            .Select(p => p.Id!)
            .Append(FlowDefinition.RollbackTarget)
            .ToList();
        var reason = target is null
            ? "is not a phase of this flow"
            : $"is {Words.A(FlowNames.Of(target.Kind!.Value))} phase";
        diagnostics.Add(
            link.Line,
            $"on_flag '{link.Target}' {reason}; a flag goes back to a do or collect phase to fix the work, or to 'rollback'{Suggest.DidYouMean(link.Target, ids)}: use {Suggest.List(ids.Select(i => $"'{i}'"))}"
        );
    }

    private void CheckKinds()
    {
        // Phases whose kind could not be read already have an error; demanding kinds on top of that would mislead.
        if (phases.Any(p => p.Kind is null))
            return;
        if (!phases.Any(p => p.Kind == PhaseKind.Audit))
            diagnostics.Add(
                phasesNode,
                "the flow needs an audit phase, so someone who did not ask, steward or build checks the work (independent eyes)"
            );
        if (!phases.Any(p => p.Kind is PhaseKind.Do or PhaseKind.Collect))
            diagnostics.Add(
                phasesNode,
                "the flow needs a do or collect phase, where the work itself happens"
            );
    }

    private void CheckReachable()
    {
        if (phases.Count == 0 || phases[0].Id is not { } first)
            return;
        var reached = new HashSet<string>(StringComparer.Ordinal) { first };
        var queue = new Queue<string>([first]);
        while (queue.TryDequeue(out var from))
        {
            foreach (var link in links.Where(l => l.From == from && _byId.ContainsKey(l.Target)))
            {
                if (reached.Add(link.Target))
                    queue.Enqueue(link.Target);
            }
        }
        foreach (var phase in phases.Where(p => p.Id is not null && !reached.Contains(p.Id)))
        {
            diagnostics.Add(
                phase.Line,
                $"phase '{phase.Id}' can never be reached from '{first}'; point a next, on_no_quorum, on_rejected or on_flag at it, or remove it"
            );
        }
    }
}
