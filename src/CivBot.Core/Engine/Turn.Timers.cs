namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void OnTimer(TimerSpec timer)
    {
        if (timer.Kind is TimerKind.PublishDeadline or TimerKind.AiVoteDeadline)
        {
            OnGroupVoteDeadline(
                timer.Kind == TimerKind.PublishDeadline
                    ? GroupVoteSubject.Publish
                    : GroupVoteSubject.Ai,
                timer
            );
            return;
        }
        if (timer is { Kind: TimerKind.LinkRequest, Link: { } note })
        {
            OnLinkRequest(note);
            return;
        }
        // A timer from an earlier epoch belongs to a state that has moved on (phase changed, vote closed, undo):
        // ignoring it is how timers are cancelled.
        var loop = State.Loop(timer.Loop);
        if (loop is null || loop.Epoch != timer.Epoch)
            return;
        var phase = PhaseOf(loop);
        switch (timer.Kind)
        {
            case TimerKind.PhaseDeadline:
                OnPhaseDeadline(loop, phase);
                break;
            case TimerKind.VoteDeadline when loop.Vote is not null:
                CloseVote(loop, Languages.Why.VoteDeadlinePassed);
                break;
            case TimerKind.VoteReminder when loop.Vote is { } vote:
                foreach (var m in State.Members.Where(m => m.Active && m.Id != MemberId.System))
                {
                    if (!vote.Ballots.ContainsKey(m.Id) && !vote.Objections.ContainsKey(m.Id))
                    {
                        Dm(
                            m.Id,
                            w =>
                                w.VoteReminder(
                                    loop.No,
                                    At(vote.Deadline),
                                    Texts.VoteUsage(w, loop, vote.Kind)
                                ),
                            loop: loop
                        );
                    }
                }
                break;
            case TimerKind.BuilderPick when phase.Kind == PhaseKind.Do && loop.Builders.IsEmpty:
                PickBuilder(loop);
                break;
            case TimerKind.CollectReminder when phase.Kind == PhaseKind.Collect:
                var quota = phase.Collect!.Quota;
                foreach (var m in State.Members.Where(m => m.Active && m.Id != MemberId.System))
                {
                    var sent = loop.Checks.Count(c => c.Member == m.Id);
                    if (sent < quota)
                        Dm(
                            m.Id,
                            w => w.CollectReminder(loop.No, At(loop.PhaseDeadline), sent, quota),
                            loop: loop
                        );
                }
                break;
            case TimerKind.DoGrace when phase.Kind == PhaseKind.Do:
                DoGraceOver(loop);
                break;
            case TimerKind.AuditNudge
                when phase.Kind == PhaseKind.Audit && loop.Auditor is { } auditor:
                NudgeAuditor(loop, phase, auditor, timer.Attempt);
                break;
        }
    }

    private void OnPhaseDeadline(LoopState loop, PhaseDefinition phase)
    {
        switch (phase.Kind)
        {
            case PhaseKind.Listen:
                EnterPhase(loop with { Undo = [] }, phase.Next, Languages.Why.ListenDeadlinePassed);
                break;
            case PhaseKind.Collect:
                var (done, members, total) = CollectProgress(loop, phase.Collect!.Quota);
                Say(
                    loop,
                    w =>
                        w.CollectionOver(
                            loop.No,
                            total,
                            done,
                            members,
                            ShortOfQuota(w, loop, phase.Collect!.Quota)
                        )
                );
                EnterPhase(
                    loop with
                    {
                        Undo = [],
                    },
                    phase.Next,
                    Languages.Why.CollectionDeadlinePassed
                );
                break;
            case PhaseKind.Deliberate when loop.Vote is null:
                if (loop.Options.Count == 0)
                {
                    RecordBot(loop, ReceiptKind.Decision, Languages.Phrases.NoOptions);
                    RoundWithoutDecision(
                        loop,
                        phase.Vote!,
                        phase.Vote!.OnNoQuorum,
                        Languages.Why.NoOptionsProposed
                    );
                    return;
                }
                // Deliberation time is up: the bot opens the vote so the loop does not stall.
                var consent = phase.Vote!.Kind == VoteKind.Consent ? 1 : (int?)null;
                Say(loop, w => w.DeliberationUp(loop.No));
                OpenVoteNow(loop, phase.Vote!, consent, byBot: true);
                break;
            case PhaseKind.Do:
                DoDeadlinePassed(loop, phase);
                break;
        }
    }

    /// <summary>Nobody claimed the work in time: rotation picks a builder.</summary>
    private void PickBuilder(LoopState loop) =>
        AssignBuilder(
            loop,
            [],
            Languages.Why.NobodyClaimed(loop.No),
            Languages.BuilderReason.NobodyClaimed,
            byBot: true
        );

    private void NudgeAuditor(LoopState loop, PhaseDefinition phase, MemberId auditor, int attempt)
    {
        var settings =
            phase.Audit
            ?? new AuditSettings(TimeSpan.FromDays(1), 2, 3, FlowDefinition.RollbackTarget, 0);
        if (attempt > settings.MaxNudges)
        {
            AuditorSilent(loop with { AuditNudges = attempt }, phase, settings, auditor);
            return;
        }
        Put(loop with { AuditNudges = attempt });
        Dm(auditor, w => AuditRequest(w, loop, phase, attempt), loop: loop);
        var wait = settings.FirstNudgeAfter * Math.Pow(settings.Backoff, attempt);
        Schedule(loop, TimerKind.AuditNudge, now + wait, attempt + 1);
    }
}
