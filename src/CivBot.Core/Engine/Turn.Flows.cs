namespace CivBot.Core.Engine;

using System.Text;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;

internal sealed partial class Turn
{
    /// <summary>How long after an ask opens its asker may still move it to another flow (before anyone relies on its pace).</summary>
    internal static readonly TimeSpan SwitchWindow = TimeSpan.FromMinutes(15);

    /// <summary>The group's own choice (<c>/flow</c>), else the deployment's default, else the flow the group began with.</summary>
    private FlowDefinition? FlowForNewLoops() =>
        (State.ChosenFlow is { } chosen ? engine.Flows.Current(chosen) : null)
        ?? engine.Flows.Current(engine.Options.DefaultFlowId)
        ?? engine.Flows.Current(State.FlowId);

    private FlowDefinition? FlowWithCommand(string name) =>
        engine.Flows.All.FirstOrDefault(f => f.Command == name);

    private static string FlowLabel(FlowDefinition flow) =>
        $"{flow.Id} v{flow.Version} ({flow.Title})";

    // The file's hash travels as evidence rather than in the summary: summaries are scanned for phone-like digit runs.
    // The flow a loop opens on is the bot applying the group's choice; a switch or a new default is the sender's move.
    private void RecordFlow(
        LoopState? loop,
        FlowDefinition flow,
        string summary,
        bool bySender = false
    )
    {
        if (bySender)
            Record(loop, ReceiptKind.Flow, MyHandleSafe, summary, evidence: [FlowEvidence(flow)]);
        else
            RecordBot(loop, ReceiptKind.Flow, summary, [FlowEvidence(flow)]);
    }

    internal static string FlowEvidence(FlowDefinition flow) => "sha256:" + flow.Hash[..16];

    /// <summary><c>/urgent &lt;need&gt;</c> opens a loop on that flow; a bare <c>/urgent [#N]</c> moves the asker's new loop to it.</summary>
    private void FlowCommand(FlowDefinition flow, ParsedCommand cmd)
    {
        if (cmd.Args.Trim().Length > 0)
        {
            OpenLoop(cmd, flow, suggestUrgent: false);
            return;
        }
        var loop = cmd.Loop is null
            ? State.Loops.LastOrDefault(l => l.Asker == Me)
            : TargetLoop(cmd);
        if (loop is null)
        {
            if (cmd.Loop is null)
                Tell(
                    $"What do you need? Write it after the command, e.g. /{cmd.Name} Need a ride to the clinic on Main St before 5pm"
                );
            return;
        }
        SwitchFlow(loop, flow);
    }

    private void SwitchFlow(LoopState loop, FlowDefinition flow)
    {
        if (loop.Flow.Id == flow.Id)
        {
            Tell(
                $"#{loop.No} already runs on {flow.Title}. /status #{loop.No} shows where it stands."
            );
            return;
        }
        var start = flow.Command is { } c ? $"/{c} <need>" : $"/flow {flow.Id} and then /ask";
        if (loop.Asker != Me)
        {
            Tell(
                $"Only the asker ({loop.AskerHandle}) can move #{loop.No} to {flow.Title}. For a new loop on it: {start}"
            );
            return;
        }
        var current = FlowOf(loop);
        if (
            now - loop.OpenedAt > SwitchWindow
            || loop.Phase != current.Phases[0].Id
            || loop.Vote is not null
        )
        {
            Tell(
                $"#{loop.No} is too far along to change flow (that works in its first {Durations.Format(SwitchWindow)}, before any vote). Start a new loop with {start}."
            );
            return;
        }
        var first = flow.Phases[0];
        var moved = loop with
        {
            Flow = flow.Ref,
            Phase = first.Id,
            PhaseStartedAt = now,
            PhaseDeadline = now + first.Duration,
            Epoch = loop.Epoch + 1,
            Undo = [],
        };
        Put(moved);
        RecordFlow(moved, flow, $"Moved to flow {FlowLabel(flow)}", bySender: true);
        StartPhaseTimers(moved, first);
        Say(
            moved,
            $"⏩ #{moved.No} now runs on {flow.Title}: {Texts.Timeline(English, flow.Timeline)} start to finish. Everything added so far stays.\n"
                + $"{English.PhaseName(first.Kind)} ends {When(moved.PhaseDeadline)}. Propose an option with /propose #{moved.No} <option>."
        );
        if (input.IsPrivate)
            Tell(
                $"Done: #{moved.No} now runs on {flow.Title} ({Texts.Timeline(English, flow.Timeline)} start to finish). I'll keep you posted here."
            );
    }

    /// <summary>Suggests the urgent flow once, when the ask sounds urgent; nothing switches by itself.</summary>
    private void SuggestUrgent(LoopState loop, FlowDefinition flow, string text)
    {
        if (flow.Urgent || engine.Flows.All.FirstOrDefault(f => f.Urgent) is not { } urgent)
            return;
        if (!UrgencyCues.Sound(text, now))
            return;
        var timeline = Texts.Timeline(English, urgent.Timeline);
        var how = urgent.Command is { } c ? $"/{c}" : "the button";
        var button = new ReplyButton($"Switch to {urgent.Title}", $"f:{loop.No}:{urgent.Id}");
        Say(
            loop,
            new Reply(
                $"⏱ Sounds urgent. {loop.AskerHandle}, {how} moves #{loop.No} to {urgent.Title}: {timeline} start to finish. Only if you want; it works for {Durations.Format(SwitchWindow)}.",
                [button],
                urgent.Command is { } cmd
                    ? $"The asker can reply {cmd.ToUpperInvariant()} to switch."
                    : null
            )
        );
        if (input.IsPrivate && urgent.Command is { } command)
            Tell(
                $"Sounds urgent. Send /{command} within {Durations.Format(SwitchWindow)} to move #{loop.No} to {urgent.Title} ({timeline} start to finish)."
            );
    }

    private void OnFlowButton(int loopNo, string flowId)
    {
        var loop = State.Loop(loopNo);
        var flow = engine.Flows.Current(flowId);
        if (loop is null || flow is null)
        {
            Tell("That button is no longer active. /status shows what is open now.");
            return;
        }
        SwitchFlow(loop, flow);
    }

    /// <summary><c>/flows</c>: what this group can run, how long each takes, and the command that starts one.</summary>
    private void ListFlows()
    {
        var current = FlowForNewLoops();
        var sb = new StringBuilder("Flows this group can use:\n");
        foreach (var f in engine.Flows.All)
        {
            var start =
                f.Id == current?.Id ? "/ask <need>"
                : f.Command is { } c ? $"/{c} <need>"
                : $"/flow {f.Id}, then /ask";
            sb.Append("• ")
                .Append(f.Title)
                .Append(" (")
                .Append(f.Id)
                .Append(f.Id == current?.Id ? ", the default here" : "")
                .Append("): ")
                .Append(Texts.Timeline(English, f.Timeline))
                .Append(" start to finish. Start one: ")
                .Append(start)
                .Append('\n');
            // The description on a line of its own, so the timeline and the command never get lost in it.
            if (f.Description.Length > 0)
                sb.Append("  ").Append(Texts.Short(FirstSentence(f.Description), 90)).Append('\n');
        }
        sb.Append("/flow <id> changes the default for new loops.");
        Tell(sb.ToString());
    }

    private static string FirstSentence(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        var end = oneLine.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? oneLine : oneLine[..(end + 1)];
    }

    /// <summary>
    /// <c>/flow &lt;id&gt;</c> sets the flow new loops start on. A steward of an open loop or a chat admin may change it,
    /// and so may any member while no loop is open (nobody holds a role then); loops already open keep theirs. Always a
    /// receipt.
    /// </summary>
    private void SetFlow(ParsedCommand cmd)
    {
        var current = FlowForNewLoops();
        var wanted = cmd.Args.Trim().TrimStart('/').ToLowerInvariant();
        if (wanted.Length == 0)
        {
            Tell(
                $"New loops here run on {(current is null ? "no flow yet" : FlowLabel(current))}. /flows lists the others; /flow <id> changes it."
            );
            return;
        }
        var flow = engine.Flows.Current(wanted) ?? FlowWithCommand(wanted);
        if (flow is null)
        {
            Tell(
                $"There's no flow \"{Texts.Short(cmd.Args.Trim(), 40)}\". Flows here: {string.Join(", ", engine.Flows.All.Select(f => f.Id))}. /flows says what each does."
            );
            return;
        }
        if (State.Member(Me) is { Active: false })
        {
            Tell("You opted out of this group. /optin group brings you back, then try again.");
            return;
        }
        var stewards = State.Loops.Where(l => l.Steward is not null).ToList();
        if (State.Loops.Count > 0 && !input.SenderIsChatAdmin && stewards.All(l => l.Steward != Me))
        {
            var names = stewards.Select(l => HandleOf(l.Steward)).Distinct().ToList();
            Tell(
                $"While loops are open, a steward ({(names.Count == 0 ? "none yet" : Texts.JoinOr(names))}) or a chat admin changes the default flow. Ask them, or /flows to see the options."
            );
            return;
        }
        if (current?.Id == flow.Id)
        {
            Tell($"New loops already run on {flow.Title}. /flows lists the others.");
            return;
        }
        State = State with { ChosenFlow = flow.Id };
        RecordFlow(null, flow, $"Default flow for new loops: {FlowLabel(flow)}", bySender: true);
        Say(
            null,
            $"New loops here now run on {flow.Title}: {Texts.Timeline(English, flow.Timeline)} start to finish. Open loops keep theirs. Start one with /ask <need>."
        );
    }
}
