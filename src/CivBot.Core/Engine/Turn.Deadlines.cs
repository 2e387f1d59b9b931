namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>Deadlines that act: a late Do asks the steward to move, a silent auditor is replaced, and the group hears when it is stuck.</summary>
internal sealed partial class Turn
{
    /// <summary>How long the steward has after a missed Do deadline before the group is told: half the phase, at most a day.</summary>
    private static TimeSpan DoGrace(PhaseDefinition phase) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(1).Ticks, phase.Duration.Ticks / 2));

    private void DoDeadlinePassed(LoopState loop, PhaseDefinition phase)
    {
        foreach (var builder in loop.Builders)
            Dm(builder, w => w.DoLateToBuilder(loop.No), loop: loop);
        if (loop.Steward is not { } steward)
        {
            DoGraceOver(loop);
            return;
        }
        var grace = now + DoGrace(phase);
        Dm(steward, w => w.DoLateToSteward(loop.No, At(grace)), fallbackToGroup: false);
        Schedule(loop, TimerKind.DoGrace, grace);
    }

    private void DoGraceOver(LoopState loop)
    {
        Say(
            loop,
            w =>
                w.DoLateToGroup(
                    loop.No,
                    loop.Builders.Count == 0
                        ? null
                        : string.Join(", ", loop.Builders.Select(b => HandleOf(w, b))),
                    loop.Steward is null ? null : HandleOf(w, loop.Steward)
                )
        );
    }

    /// <summary>
    /// Rotation picks a builder other than <paramref name="leaving"/> (and never the asker): when nobody claimed the
    /// work, when a builder hands it on, or when the steward re-picks after a missed deadline.
    /// </summary>
    private void AssignBuilder(
        LoopState loop,
        IReadOnlyCollection<MemberId> leaving,
        Why why,
        BuilderReason reason,
        bool byBot = false
    )
    {
        var never = new List<MemberId> { loop.Asker };
        never.AddRange(leaving);
        var builder = Pick(Role.Builder, never, avoid: loop.Steward is { } s ? [s] : null);
        var kept = loop.Builders.RemoveAll(leaving.Contains);
        if (builder is null)
        {
            Put(loop with { Builders = kept });
            Say(loop, w => w.NoBuilderLeft(why.In(w), loop.No));
            return;
        }
        loop = loop with { Builders = kept.Add(builder.Id), Undo = [] };
        Put(loop);
        Served(builder.Id, Role.Builder);
        var summary = Phrases.BuilderByRotation(builder.Handle, loop.No, reason);
        if (byBot)
            RecordBot(loop, ReceiptKind.Role, summary);
        else
            Record(loop, ReceiptKind.Role, MyHandleSafe, summary);
        Say(loop, w => w.BuilderPicked(why.In(w), builder.Handle, loop.No));
        Dm(
            builder.Id,
            w => w.PickedToBuild(loop.No, Texts.Short(loop.Decision ?? loop.Ask, 100)),
            fallbackToGroup: false
        );
    }

    /// <summary>The steward's <c>/next</c> in Do: new builders by rotation, with a fresh deadline when the old one passed.</summary>
    private void RepickBuilders(LoopState loop)
    {
        var leaving = loop.Builders.ToList();
        if (now >= loop.PhaseDeadline)
        {
            var phase = PhaseOf(loop);
            loop = loop with { PhaseDeadline = now + phase.Duration, Epoch = loop.Epoch + 1 };
            Put(loop);
            Schedule(loop, TimerKind.PhaseDeadline, loop.PhaseDeadline);
        }
        AssignBuilder(
            loop,
            leaving,
            Why.AskedForBuilders(MyHandleSafe, leaving.Count > 0, loop.No),
            BuilderReason.StewardAsked
        );
    }

    /// <summary>The auditor let every reminder pass: rotation picks another, until the flow's limit.</summary>
    private void AuditorSilent(
        LoopState loop,
        PhaseDefinition phase,
        AuditSettings settings,
        MemberId auditor
    )
    {
        Put(loop);
        var why = Why.AuditorDidNotAnswer(HandleOf(Words.English, auditor), settings.MaxNudges);
        if (loop.AuditRepicks < settings.MaxRepicks && RepickAuditor(loop, phase, why, byBot: true))
            return;
        // Rotation is used up (the flow's limit, or nobody independent is left): the group decides.
        Say(loop, w => w.StillNoAudit(loop.No, why.In(w), HandleOf(w, loop.Steward)));
        if (loop.Steward is { } steward)
            Dm(steward, w => w.AuditStuck(loop.No), fallbackToGroup: false);
    }

    /// <summary>
    /// The steward may close unaudited once the last auditor let every reminder pass and rotation has nobody more to
    /// offer: the flow's number of re-picks is used up, or nobody independent is left.
    /// </summary>
    private bool MayCloseUnaudited(LoopState loop, PhaseDefinition phase)
    {
        var settings = phase.Audit ?? FlowDefaults.Audit;
        if (loop.AuditNudges <= settings.MaxNudges)
            return false;
        if (loop.AuditRepicks >= settings.MaxRepicks)
            return true;
        var never = Involved(loop);
        never.AddRange(SampleAuthors(loop, phase));
        if (loop.Auditor is { } current)
            never.Add(current);
        return Pick(Role.Auditor, never) is null;
    }

    private void CloseUnaudited(LoopState loop)
    {
        var asked = loop.AuditRepicks + 1;
        Close(loop with { Undo = [] }, Why.NotAudited(asked, MyHandleSafe));
    }
}
