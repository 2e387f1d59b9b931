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
    private FlowDefinition? FlowForNewLoops() => engine.FlowForNewLoops(State);

    private FlowDefinition? FlowWithCommand(string name) =>
        engine.Flows.All.FirstOrDefault(f => f.Command == name);

    private static string FlowLabel(FlowDefinition flow) =>
        $"{flow.Id} v{flow.Version} ({flow.Title})";

    // The file's hash travels as evidence rather than in the summary: summaries are scanned for phone-like digit runs.
    // The flow a loop opens on is the bot applying the group's choice; a switch or a new default is the sender's move.
    private void RecordFlow(
        LoopState? loop,
        FlowDefinition flow,
        Phrase summary,
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
                Tell(w => w.WhatDoYouNeed(cmd.Name));
            return;
        }
        SwitchFlow(loop, flow);
    }

    private void SwitchFlow(LoopState loop, FlowDefinition flow)
    {
        if (loop.Flow.Id == flow.Id)
        {
            Tell(w => w.AlreadyOnFlow(loop.No, flow.Title));
            return;
        }
        if (loop.Asker != Me)
        {
            Tell(w =>
                w.OnlyAskerMovesFlow(
                    loop.AskerHandle,
                    loop.No,
                    flow.Title,
                    w.StartOn(flow.Command, flow.Id)
                )
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
            Tell(w =>
                w.TooFarAlongToSwitch(
                    loop.No,
                    Durations.Format(SwitchWindow),
                    w.StartOn(flow.Command, flow.Id)
                )
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
        RecordFlow(moved, flow, Languages.Phrases.MovedToFlow(FlowLabel(flow)), bySender: true);
        StartPhaseTimers(moved, first);
        Say(
            moved,
            w =>
                w.SwitchedFlow(
                    moved.No,
                    flow.Title,
                    Texts.Timeline(w, flow.Timeline),
                    first.Kind,
                    At(moved.PhaseDeadline)
                )
        );
        if (input.IsPrivate)
            Tell(w => w.SwitchedFlowForYou(moved.No, flow.Title, Texts.Timeline(w, flow.Timeline)));
    }

    /// <summary>Suggests the urgent flow once, when the ask sounds urgent; nothing switches by itself.</summary>
    private void SuggestUrgent(LoopState loop, FlowDefinition flow, string text)
    {
        if (flow.Urgent || engine.Flows.All.FirstOrDefault(f => f.Urgent) is not { } urgent)
            return;
        if (!UrgencyCues.Sound(text, now))
            return;
        var window = Durations.Format(SwitchWindow);
        SayReply(
            loop,
            w => new Reply(
                w.SoundsUrgent(
                    loop.AskerHandle,
                    urgent.Command,
                    loop.No,
                    urgent.Title,
                    Texts.Timeline(w, urgent.Timeline),
                    window
                ),
                [new ReplyButton(w.SwitchToFlowButton(urgent.Title), $"f:{loop.No}:{urgent.Id}")],
                urgent.Command is { } cmd ? w.ReplyToSwitch(cmd.ToUpperInvariant()) : null
            )
        );
        if (input.IsPrivate && urgent.Command is { } command)
            Tell(w =>
                w.SoundsUrgentToYou(
                    command,
                    window,
                    loop.No,
                    urgent.Title,
                    Texts.Timeline(w, urgent.Timeline)
                )
            );
    }

    private void OnFlowButton(int loopNo, string flowId)
    {
        var loop = State.Loop(loopNo);
        var flow = engine.Flows.Current(flowId);
        if (loop is null || flow is null)
        {
            Tell(w => w.ButtonGone);
            return;
        }
        SwitchFlow(loop, flow);
    }

    /// <summary><c>/flows</c>: what this group can run, how long each takes, and the command that starts one.</summary>
    private void ListFlows()
    {
        var current = FlowForNewLoops();
        Tell(w =>
        {
            var sb = new StringBuilder(w.FlowsHeader).Append('\n');
            foreach (var f in engine.Flows.All)
            {
                var isDefault = f.Id == current?.Id;
                var start = w.StartOn(isDefault ? w.Command("ask") : f.Command, f.Id);
                sb.Append(
                        w.FlowLine(f.Title, f.Id, isDefault, Texts.Timeline(w, f.Timeline), start)
                    )
                    .Append('\n');
                // The description on a line of its own, so the timeline and the command never get lost in it.
                if (f.Description.Length > 0)
                    sb.Append("  ")
                        .Append(Texts.Short(FirstSentence(f.Description), 90))
                        .Append('\n');
            }
            return sb.Append(w.FlowsFooter).ToString();
        });
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
            Tell(w => w.NewLoopsRunOn(current is null ? null : FlowLabel(current)));
            return;
        }
        var flow = engine.Flows.Current(wanted) ?? FlowWithCommand(wanted);
        if (flow is null)
        {
            Tell(w =>
                w.NoSuchFlow(
                    Texts.Short(cmd.Args.Trim(), 40),
                    string.Join(", ", engine.Flows.All.Select(f => f.Id))
                )
            );
            return;
        }
        if (State.Member(Me) is { Active: false })
        {
            Tell(w => w.OptedOutTryAgain);
            return;
        }
        var stewards = State.Loops.Where(l => l.Steward is not null).ToList();
        if (State.Loops.Count > 0 && !input.SenderIsChatAdmin && stewards.All(l => l.Steward != Me))
        {
            Tell(w =>
            {
                var names = stewards.Select(l => HandleOf(w, l.Steward)).Distinct().ToList();
                return w.StewardChangesFlow(names.Count == 0 ? null : w.JoinOr(names));
            });
            return;
        }
        if (current?.Id == flow.Id)
        {
            Tell(w => w.AlreadyDefaultFlow(flow.Title));
            return;
        }
        State = State with { ChosenFlow = flow.Id };
        RecordFlow(null, flow, Languages.Phrases.DefaultFlow(FlowLabel(flow)), bySender: true);
        Say(null, w => w.FlowChosen(flow.Title, Texts.Timeline(w, flow.Timeline)));
    }
}
