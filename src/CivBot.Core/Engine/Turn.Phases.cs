namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    /// <summary>Moves a loop into a phase (or closes it for <c>closed</c>) and says what happens next.</summary>
    /// <param name="undecided">The loop is moving on without a decision: if that closes it, it closes plainly.</param>
    private void EnterPhase(LoopState loop, string phaseId, Why why, bool undecided = false)
    {
        if (phaseId == FlowDefinition.Closed)
        {
            if (undecided)
                CloseUndecided(loop, why);
            else
                Close(loop, why);
            return;
        }
        var flow = FlowOf(loop);
        var phase = flow.Phase(phaseId);
        loop = loop with
        {
            Phase = phase.Id,
            PhaseStartedAt = now,
            PhaseDeadline = now + phase.Duration,
            Epoch = loop.Epoch + 1,
            Vote = null,
            AuditNudges = 0,
        };
        Put(loop);
        switch (phase.Kind)
        {
            case PhaseKind.Listen:
                Say(loop, w => w.BackInListen(loop.No, why.In(w), At(loop.PhaseDeadline)));
                break;
            case PhaseKind.Deliberate:
                Say(
                    loop,
                    w =>
                        w.MovesToDeliberate(
                            loop.No,
                            why.In(w),
                            HandleOf(w, loop.Steward),
                            loop.Options.Count,
                            At(loop.PhaseDeadline)
                        )
                );
                break;
            case PhaseKind.Do:
                EnterDo(loop, phase);
                break;
            case PhaseKind.Collect:
                Say(
                    loop,
                    w =>
                        Texts.Template(
                            w,
                            flow,
                            "collect_started",
                            w.CollectStarted(loop.No, phase.Collect!.Quota, At(loop.PhaseDeadline)),
                            (
                                "loop",
                                loop.No.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            ),
                            ("ask", loop.Ask),
                            (
                                "quota",
                                phase.Collect!.Quota.ToString(
                                    System.Globalization.CultureInfo.InvariantCulture
                                )
                            ),
                            ("deadline", w.When(At(loop.PhaseDeadline)))
                        )
                );
                break;
            case PhaseKind.Audit:
                EnterAudit(loop, phase);
                break;
        }
        StartPhaseTimers(State.Loop(loop.No)!, phase);
    }

    /// <summary>Schedules the timers a phase needs, tagged with the loop's current epoch.</summary>
    private void StartPhaseTimers(LoopState loop, PhaseDefinition phase)
    {
        switch (phase.Kind)
        {
            case PhaseKind.Listen:
            case PhaseKind.Deliberate:
            case PhaseKind.Do:
                Schedule(loop, TimerKind.PhaseDeadline, loop.PhaseDeadline);
                if (
                    phase.Kind == PhaseKind.Do
                    && phase.Builders?.PickAfter is { } pick
                    && loop.Builders.IsEmpty
                )
                    Schedule(loop, TimerKind.BuilderPick, loop.PhaseStartedAt + pick);
                break;
            case PhaseKind.Collect:
                Schedule(loop, TimerKind.PhaseDeadline, loop.PhaseDeadline);
                if (phase.Collect?.RemindBefore is { } before && loop.PhaseDeadline - before > now)
                    Schedule(loop, TimerKind.CollectReminder, loop.PhaseDeadline - before);
                break;
            case PhaseKind.Audit:
                if (loop.Auditor is not null)
                    Schedule(
                        loop,
                        TimerKind.AuditNudge,
                        now + (phase.Audit?.FirstNudgeAfter ?? TimeSpan.FromDays(1)),
                        1
                    );
                break;
        }
    }

    /// <summary>The phase after this one in the flow.</summary>
    private string NextPhaseId(LoopState loop) => PhaseOf(loop).Next;

    private void Close(LoopState loop, Why why)
    {
        RecordBot(
            loop,
            ReceiptKind.Closed,
            Phrases.LoopClosed(loop.No, why, LoopSpending.Totals(loop))
        );
        State = State with
        {
            Loops = State.Loops.Remove(State.Loop(loop.No)!),
            LastClosedLoop = loop.No,
        };
        var flow = FlowOf(loop);
        Say(
            loop,
            w =>
                Texts.Template(
                    w,
                    flow,
                    "closed",
                    w.LoopClosed(loop.No, why.In(w)),
                    ("loop", loop.No.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("ask", loop.Ask)
                )
        );
        if (loop.AskedPrivately)
            Dm(
                loop.Asker,
                w => w.YourAskClosed(loop.No, why.In(w), loop.AskedBySms),
                fallbackToGroup: false
            );
    }

    /// <summary>
    /// A loop that ends without a decision closes plainly: no celebration, the reason in the closing receipt, and the
    /// asker told privately what happened and what they can do next.
    /// </summary>
    /// <param name="how">How it ended; null is "closed without a decision".</param>
    private void CloseUndecided(LoopState loop, Why why, Why? how = null, bool tellAsker = true)
    {
        how ??= Why.ClosedWithoutDecision;
        RecordBot(
            loop,
            ReceiptKind.Closed,
            Phrases.LoopClosedUndecided(loop.No, how, why, LoopSpending.Totals(loop))
        );
        State = State with
        {
            Loops = State.Loops.Remove(State.Loop(loop.No)!),
            LastClosedLoop = loop.No,
        };
        Say(loop, w => w.LoopClosedUndecided(loop.No, how.In(w), why.In(w)));
        if (tellAsker)
            Dm(
                loop.Asker,
                w => w.YourAskClosedUndecided(loop.No, how.In(w), why.In(w)),
                fallbackToGroup: false
            );
    }

    /// <summary>
    /// A Listen ⇄ Deliberate round ended without a decision (no options, no quorum): the loop goes where the flow
    /// says, unless that was the flow's last round (<c>vote.rounds</c>), so an unanswered ask never cycles for ever.
    /// </summary>
    private void RoundWithoutDecision(LoopState loop, VoteSettings vote, string target, Why why)
    {
        loop = loop with { Vote = null, Undo = [], Rounds = loop.Rounds + 1 };
        Put(loop);
        if (target == FlowDefinition.Closed || loop.Rounds < vote.Rounds)
        {
            EnterPhase(loop, target, why, undecided: true);
            return;
        }
        var rounds = loop.Rounds;
        if (loop.Options.Count == 0)
            CloseUndecided(loop, Why.NobodyProposedIn(rounds), Why.ClosedNoOptions);
        else
            CloseUndecided(loop, Why.AfterRounds(why, rounds));
    }

    /// <summary>A member who holds any role in the loop, for the independent-eyes rule.</summary>
    private static List<MemberId> Involved(LoopState loop)
    {
        var ids = new List<MemberId> { loop.Asker };
        if (loop.Steward is { } s)
            ids.Add(s);
        ids.AddRange(loop.Builders);
        return ids;
    }
}
