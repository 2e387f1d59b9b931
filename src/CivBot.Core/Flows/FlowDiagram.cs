using System.Text;

namespace CivBot.Core.Flows;

/// <summary>Draws a flow as a Mermaid <c>stateDiagram-v2</c>: phases as states, every way out of a phase as a labelled edge.</summary>
public static class FlowDiagram
{
    private const string End = "[*]";

    // Words Mermaid's state grammar treats specially; a phase named like this is drawn under an alias.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "state",
        "note",
        "end",
        "direction",
        "as",
        "class",
        "style",
    };

    public static string ToMermaid(FlowDefinition flow)
    {
        var ids = flow.Phases.ToDictionary(p => p.Id, p => StateId(p.Id), StringComparer.Ordinal);
        string Node(string target) =>
            target switch
            {
                FlowDefinition.Closed => End,
                FlowDefinition.RollbackTarget => FlowDefinition.RollbackTarget,
                _ => ids[target],
            };

        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var phase in flow.Phases.Where(p => ids[p.Id] != p.Id))
            text.Append($"    state \"{phase.Id}\" as {ids[phase.Id]}\n");
        text.Append($"    {End} --> {Node(flow.Phases[0].Id)}\n");
        foreach (var phase in flow.Phases)
        {
            foreach (var (target, label) in Edges(flow, phase))
                text.Append($"    {Node(phase.Id)} --> {Node(target)} : {label}\n");
        }
        if (flow.Phases.Any(p => p.Audit?.OnFlag == FlowDefinition.RollbackTarget))
            text.Append($"    {FlowDefinition.RollbackTarget} --> {End} : rollback receipt\n");
        return text.ToString();
    }

    /// <summary>Every way out of <paramref name="phase"/>, with the words for what makes it happen.</summary>
    internal static IEnumerable<(string Target, string Label)> Edges(
        FlowDefinition flow,
        PhaseDefinition phase
    )
    {
        var after = Durations.Format(phase.Duration);
        yield return (
            phase.Next,
            phase.Kind switch
            {
                PhaseKind.Deliberate => "decision",
                PhaseKind.Do => $"{Who(flow, FlowAction.Done)} /done",
                PhaseKind.Audit => $"{Who(flow, FlowAction.Audit)} confirms",
                _ => $"{Who(flow, FlowAction.Next)} /next or after {after}",
            }
        );
        if (phase.Vote is { } vote)
        {
            yield return (vote.OnNoQuorum, "no quorum");
            if (vote.Kind == VoteKind.Consent)
                yield return (vote.OnRejected, "objection");
        }
        if (phase.Audit is { } audit)
            yield return (audit.OnFlag, $"{Who(flow, FlowAction.Audit)} flags");
    }

    internal static string Who(FlowDefinition flow, FlowAction action) =>
        string.Join(", ", flow.WhoMay(action).Select(FlowNames.Of));

    private static string StateId(string phaseId)
    {
        var id = phaseId.Replace('-', '_');
        return Reserved.Contains(id) || id != phaseId ? "phase_" + id : id;
    }
}
