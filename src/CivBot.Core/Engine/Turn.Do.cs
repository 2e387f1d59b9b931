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
        var builders =
            loop.Builders.Count > 0
                ? $" Builders: {string.Join(", ", loop.Builders.Select(b => HandleOf(b)))}. They report with /done <outcome>."
                : " Who will do it? /claim to volunteer.";
        var pick =
            phase.Builders?.PickAfter is { } after && loop.Builders.IsEmpty
                ? $" If nobody claims {When(now + after)}, I'll pick someone by rotation."
                : "";
        Say(
            loop,
            Texts.Template(
                English,
                flow,
                "do_started",
                $"#{loop.No} moves to Do: {loop.Decision ?? loop.Ask}.{builders}{pick} Record costs with /spend <amount> <currency> <what>; deadline {When(loop.PhaseDeadline)}.",
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
            Tell(
                $"You are already a builder on #{loop.No}. Report with /done #{loop.No} <outcome> when finished."
            );
            return;
        }
        if (!May(loop, FlowAction.Claim, Languages.Deed.ClaimTheWork))
            return;
        var max = PhaseOf(loop).Builders?.Max ?? 3;
        if (loop.Builders.Count >= max)
        {
            Tell(
                $"#{loop.No} already has {Texts.Count(max, "builder", "builders")} ({string.Join(", ", loop.Builders.Select(b => HandleOf(b)))}). You can still help with /add #{loop.No} <progress>."
            );
            return;
        }
        if (State.Member(Me)!.OptedOut.Contains(Role.Builder))
        {
            Tell("You opted out of building. /optin builder first if you want to claim this.");
            return;
        }
        var after = loop with { Builders = loop.Builders.Add(Me) };
        var receipt = Record(
            loop,
            ReceiptKind.Claim,
            MyHandleSafe,
            $"{MyHandleSafe} claimed #{loop.No}"
        );
        Served(Me, Role.Builder);
        Put(Reversible(loop, after, receipt, $"{MyHandleSafe}'s claim", UndoKind.Claim));
        Say(
            loop,
            $"🔨 {MyHandleSafe} is building #{loop.No}: {loop.Decision ?? loop.Ask}. Record costs with /spend and finish with /done <outcome>."
        );
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
            Tell($"{problem} Try: /spend #{loop.No} 12.50 USD gas for the ride");
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
        Put(
            Reversible(
                loop,
                after,
                receipt,
                $"the {ReceiptText.Money(amount, currency)} spend",
                UndoKind.Spend
            )
        );
        // Every currency's total, never one sum across currencies: a loop that spent USD and EUR says both.
        Say(
            loop,
            $"💸 {MyHandleSafe} spent {ReceiptText.Money(amount, currency)} on #{loop.No}: {Shown(receipt)}. Total so far: {Currencies.FormatTotals(LoopSpending.Totals(after))}."
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
            Tell(
                $"What was the outcome? e.g. /done #{loop.No} Drove her there at 4:40, she made the appointment."
            );
            return;
        }
        if (outcome.Length > MaxNoteLength)
        {
            Tell(
                $"Please keep the outcome under {MaxNoteLength} characters; add details with /add first."
            );
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
        Say(loop, $"✔️ {MyHandleSafe} reports #{loop.No} done: {Shown(receipt)}");
        if (loop.AskedPrivately && loop.Asker != Me)
            Dm(
                loop.Asker,
                $"Your ask #{loop.No} is done: {Shown(receipt)}",
                fallbackToGroup: false
            );
        EnterPhase(loop, NextPhaseId(loop), "done reported");
        if (State.Loop(loop.No) is { } now2)
            Put(Reversible(before, now2, receipt, "reporting done"));
    }
}
