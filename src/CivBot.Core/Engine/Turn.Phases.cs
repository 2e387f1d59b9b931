namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    /// <summary>Moves a loop into a phase (or closes it for <c>closed</c>) and says what happens next.</summary>
    /// <param name="undecided">The loop is moving on without a decision: if that closes it, it closes plainly.</param>
    private void EnterPhase(LoopState loop, string phaseId, string why, bool undecided = false)
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
                Say(
                    loop,
                    $"#{loop.No} is back in Listen ({why}). Add context with /add, propose options with /propose. Next step {When(loop.PhaseDeadline)}."
                );
                break;
            case PhaseKind.Deliberate:
                Say(
                    loop,
                    $"#{loop.No} moves to Deliberate ({why}). Propose options with /propose <option>. {HandleOf(loop.Steward)} opens the vote with /vote{(loop.Options.Count > 0 ? $" ({Texts.Count(loop.Options.Count, "option", "options")} so far)" : "")}; otherwise it opens by itself {When(loop.PhaseDeadline)}."
                );
                break;
            case PhaseKind.Do:
                EnterDo(loop, phase);
                break;
            case PhaseKind.Collect:
                Say(
                    loop,
                    Texts.Template(
                        English,
                        flow,
                        "collect_started",
                        $"#{loop.No} is collecting checks: everyone please send {phase.Collect!.Quota} with /check <what you checked or a link>, {When(loop.PhaseDeadline)}.",
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
                        ("deadline", When(loop.PhaseDeadline))
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

    private void Close(LoopState loop, string why)
    {
        var totals = LoopSpending.Totals(loop);
        var spent = totals.Count > 0 ? $", spent {Currencies.FormatTotals(totals)}" : "";
        RecordBot(loop, ReceiptKind.Closed, $"Loop #{loop.No} closed: {why}{spent}");
        State = State with
        {
            Loops = State.Loops.Remove(State.Loop(loop.No)!),
            LastClosedLoop = loop.No,
        };
        var flow = FlowOf(loop);
        Say(
            loop,
            Texts.Template(
                English,
                flow,
                "closed",
                $"✅ Loop #{loop.No} is closed ({why}). Thank you all. The trail: /receipts #{loop.No} · the kit for other groups: /kit #{loop.No}",
                ("loop", loop.No.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("ask", loop.Ask)
            )
        );
        if (loop.AskedPrivately)
            Dm(
                loop.Asker,
                $"Your ask #{loop.No} is closed ({why}). Reply \"receipts #{loop.No}\" for the trail.",
                fallbackToGroup: false
            );
    }

    /// <summary>
    /// A loop that ends without a decision closes plainly: no celebration, the reason in the closing receipt, and the
    /// asker told privately what happened and what they can do next.
    /// </summary>
    private void CloseUndecided(
        LoopState loop,
        string why,
        string how = "closed without a decision",
        bool tellAsker = true
    )
    {
        var totals = LoopSpending.Totals(loop);
        var spent = totals.Count > 0 ? $", spent {Currencies.FormatTotals(totals)}" : "";
        RecordBot(loop, ReceiptKind.Closed, $"Loop #{loop.No} {how}: {why}{spent}");
        State = State with
        {
            Loops = State.Loops.Remove(State.Loop(loop.No)!),
            LastClosedLoop = loop.No,
        };
        Say(
            loop,
            $"Loop #{loop.No} {how}: {why}. Its receipts stay on the record: /receipts #{loop.No}"
        );
        if (tellAsker)
            Dm(
                loop.Asker,
                $"Your ask #{loop.No} {how} ({why}). If you still need it, ask again with a little more detail: /ask <what you need>. The group's notes so far: /receipts #{loop.No}",
                fallbackToGroup: false
            );
    }

    /// <summary>
    /// A Listen ⇄ Deliberate round ended without a decision (no options, no quorum): the loop goes where the flow
    /// says, unless that was the flow's last round (<c>vote.rounds</c>), so an unanswered ask never cycles for ever.
    /// </summary>
    private void RoundWithoutDecision(LoopState loop, VoteSettings vote, string target, string why)
    {
        loop = loop with { Vote = null, Undo = [], Rounds = loop.Rounds + 1 };
        Put(loop);
        if (target == FlowDefinition.Closed || loop.Rounds < vote.Rounds)
        {
            EnterPhase(loop, target, why, undecided: true);
            return;
        }
        var rounds = loop.Rounds == 1 ? "1 round" : $"{loop.Rounds} rounds";
        if (loop.Options.Count == 0)
            CloseUndecided(
                loop,
                $"nobody proposed an option in {rounds}",
                "closed as \"no options\""
            );
        else
            CloseUndecided(loop, $"{why} after {rounds}");
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
