namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void Next(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd);
        if (loop is null || !May(loop, FlowAction.Next, Languages.Deed.MoveItAlong))
            return;
        var phase = PhaseOf(loop);
        switch (phase.Kind)
        {
            case PhaseKind.Listen:
            case PhaseKind.Collect:
            {
                var before = loop;
                var target = phase.Next;
                EnterPhase(loop, target, Languages.Why.MovedOnBy(MyHandleSafe));
                if (State.Loop(loop.No) is { } moved)
                {
                    var receipt = Record(
                        moved,
                        ReceiptKind.Progress,
                        MyHandleSafe,
                        Languages.Phrases.PhaseMoved(loop.No, phase.Id, target)
                    );
                    Put(
                        Reversible(
                            before,
                            State.Loop(loop.No)!,
                            receipt,
                            Languages.Undoable.PhaseMove,
                            target
                        )
                    );
                }
                break;
            }
            case PhaseKind.Deliberate when loop.Vote is not null:
                CloseVote(loop, Languages.Why.VoteClosedEarlyBy(MyHandleSafe));
                break;
            case PhaseKind.Deliberate:
                if (loop.Options.Count == 0)
                {
                    Tell(w => w.NoOptionsToVoteOn(loop.No));
                    return;
                }
                OpenVote(loop, cmd);
                break;
            case PhaseKind.Do when loop.Builders.Count > 0 && now < loop.PhaseDeadline:
                Tell(w =>
                    w.DoLeavesWhenDone(
                        loop.No,
                        string.Join(", ", loop.Builders.Select(b => HandleOf(w, b))),
                        At(loop.PhaseDeadline)
                    )
                );
                break;
            case PhaseKind.Do:
                RepickBuilders(loop);
                break;
            case PhaseKind.Audit when MayCloseUnaudited(loop, phase):
                CloseUnaudited(loop);
                break;
            case PhaseKind.Audit:
                RepickAuditor(loop, phase, Languages.Why.PickedAgainBy(MyHandleSafe));
                break;
        }
    }

    /// <summary>
    /// A new auditor by rotation, never the current one (<paramref name="why"/> goes on the receipt). A timer's re-pick
    /// is the bot's move; the steward's <c>/next</c> is theirs. Returns false when nobody independent is left.
    /// </summary>
    private bool RepickAuditor(
        LoopState loop,
        PhaseDefinition phase,
        Languages.Why why,
        bool byBot = false
    )
    {
        var never = Involved(loop);
        never.AddRange(SampleAuthors(loop, phase));
        if (loop.Auditor is { } current)
            never.Add(current);
        var auditor = Pick(Role.Auditor, never);
        if (auditor is null)
        {
            if (!byBot)
                Tell(w =>
                    w.NoOtherAuditor(
                        loop.No,
                        loop.Auditor is null ? null : HandleOf(w, loop.Auditor)
                    )
                );
            return false;
        }
        loop = loop with
        {
            Auditor = auditor.Id,
            Epoch = loop.Epoch + 1,
            AuditNudges = 0,
            AuditRepicks = loop.AuditRepicks + 1,
            Undo = [],
        };
        Put(loop);
        Served(auditor.Id, Role.Auditor);
        var summary = Languages.Phrases.AuditorBecause(auditor.Handle, loop.No, why);
        if (byBot)
            RecordBot(loop, ReceiptKind.Role, summary);
        else
            Record(loop, ReceiptKind.Role, MyHandleSafe, summary);
        Say(loop, w => w.NewAuditor(auditor.Handle, loop.No, why.In(w)));
        Dm(auditor.Id, w => AuditRequest(w, loop, phase, reminder: 0), loop: loop);
        StartPhaseTimers(loop, phase);
        return true;
    }
}
