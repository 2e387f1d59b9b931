namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void EnterDo(LoopState loop, PhaseDefinition phase)
    {
        var flow = FlowOf(loop);
        Languages.Moment? pick =
            phase.Builders?.PickAfter is { } after && loop.Builders.IsEmpty
                ? At(now + after)
                : null;
        Say(
            loop,
            w =>
                Texts.Template(
                    w,
                    flow,
                    "do_started",
                    w.DoStarted(
                        loop.No,
                        Texts.Short(loop.Decision ?? loop.Ask, 120),
                        loop.Builders.Count > 0
                            ? string.Join(", ", loop.Builders.Select(b => HandleOf(w, b)))
                            : null,
                        pick,
                        At(loop.PhaseDeadline)
                    ),
                    ("loop", loop.No.ToString(CultureInfo.InvariantCulture)),
                    ("ask", loop.Ask),
                    ("decision", loop.Decision ?? loop.Ask)
                )
        );
    }

    private void Claim(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd);
        if (loop is null || !InPhase(loop, Languages.Deed.ClaimingTheWork, PhaseKind.Do))
            return;
        if (loop.Builders.Contains(Me))
        {
            Tell(w => w.AlreadyBuilder(loop.No));
            return;
        }
        if (!May(loop, FlowAction.Claim, Languages.Deed.ClaimTheWork))
            return;
        var max = PhaseOf(loop).Builders?.Max ?? 3;
        if (loop.Builders.Count >= max)
        {
            Tell(w =>
                w.BuildersFull(
                    loop.No,
                    max,
                    string.Join(", ", loop.Builders.Select(b => HandleOf(w, b)))
                )
            );
            return;
        }
        if (State.Member(Me)!.OptedOut.Contains(Role.Builder))
        {
            Tell(w => w.OptedOutOfBuilding);
            return;
        }
        var after = loop with { Builders = loop.Builders.Add(Me) };
        var receipt = Record(
            loop,
            ReceiptKind.Claim,
            MyHandleSafe,
            Languages.Phrases.Claimed(MyHandleSafe, loop.No)
        );
        Served(Me, Role.Builder);
        Put(
            Reversible(loop, after, receipt, Languages.Undoable.Claim, MyHandleSafe, UndoKind.Claim)
        );
        Say(loop, w => w.Building(MyHandleSafe, loop.No, loop.Decision ?? loop.Ask));
    }

    private void Spend(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd);
        if (loop is null || !InPhase(loop, Languages.Deed.RecordingSpends, PhaseKind.Do))
            return;
        if (!May(loop, FlowAction.Spend, Languages.Deed.RecordSpends))
            return;
        var ceiling = PhaseOf(loop).Builders?.MaxSpend ?? Money.DefaultCeiling;
        if (
            !Money.TryParse(
                cmd.Words,
                ceiling,
                out var amount,
                out var currency,
                out var what,
                out var problem
            )
        )
        {
            Tell(w => w.SpendTry(problem(w), loop.No));
            return;
        }
        var after = LoopSpending.Add(loop, amount, currency);
        var receipt = Record(
            loop,
            ReceiptKind.Spend,
            MyHandleSafe,
            what,
            amount,
            currency,
            Links.In(what)
        );
        Put(Reversible(loop, after, receipt, Languages.Undoable.Spend, kind: UndoKind.Spend));
        // Every currency's total, never one sum across currencies: a loop that spent USD and EUR says both.
        Say(
            loop,
            w =>
                w.Spent(
                    MyHandleSafe,
                    w.Amount(amount, currency),
                    loop.No,
                    Shown(receipt),
                    w.Totals(LoopSpending.Totals(after))
                )
        );
    }

    private void Done(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd, l => l.Builders.Contains(Me) && PhaseOf(l).Kind == PhaseKind.Do);
        if (loop is null || !InPhase(loop, Languages.Deed.ReportingDone, PhaseKind.Do))
            return;
        if (!May(loop, FlowAction.Done, Languages.Deed.ReportItDone))
            return;
        var outcome = cmd.Args.Trim();
        if (outcome.Length == 0)
        {
            Tell(w => w.DoneWhat(loop.No));
            return;
        }
        if (outcome.Length > MaxNoteLength)
        {
            Tell(w => w.OutcomeTooLong(MaxNoteLength));
            return;
        }
        var before = loop;
        var receipt = Record(
            loop,
            ReceiptKind.Done,
            MyHandleSafe,
            outcome,
            evidence: Links.In(outcome)
        );
        Say(loop, w => w.ReportsDone(MyHandleSafe, loop.No, Shown(receipt)));
        if (loop.AskedPrivately && loop.Asker != Me)
            Dm(loop.Asker, w => w.YourAskDone(loop.No, Shown(receipt)), fallbackToGroup: false);
        EnterPhase(loop, NextPhaseId(loop), Languages.Why.DoneReported);
        if (State.Loop(loop.No) is { } now2)
            Put(Reversible(before, now2, receipt, Languages.Undoable.ReportingDone));
    }
}
