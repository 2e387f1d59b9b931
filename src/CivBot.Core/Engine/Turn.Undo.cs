namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// Reversible moves, never silent erasure: a bare /undo reverts only the sender's own last move; reverting someone
/// else's takes the steward naming it with a reason, which the group sees and the receipt keeps.
/// </summary>
internal sealed partial class Turn
{
    private void Undo(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        if (
            cmd.Words is [var what, var n, ..]
            && what.Equals("option", StringComparison.OrdinalIgnoreCase)
        )
        {
            RevertOption(loop, n, string.Join(' ', cmd.Words[2..]));
            return;
        }
        if (
            cmd.Words is [var word, var seq, ..]
            && word.Equals("receipt", StringComparison.OrdinalIgnoreCase)
        )
        {
            RevertReceipt(loop, seq.TrimStart('#'), string.Join(' ', cmd.Words[2..]));
            return;
        }
        var mine = -1;
        for (var i = loop.Undo.Count - 1; i >= 0 && mine < 0; i--)
        {
            var by = loop.Undo[i].By;
            // Entries stored before moves were signed belong to whoever may undo by the flow (the steward).
            if (by == Me || by is null && Is(loop, Actor.Steward, Me))
                mine = i;
        }
        if (mine < 0)
        {
            Tell(
                loop.Undo.IsEmpty
                    ? $"There is nothing on #{loop.No} I can undo. Votes, decisions and audits are never undone; they stay on the record."
                    : $"/undo takes back only your own last move, and you have none to take back on #{loop.No}. To revert someone else's, {StewardWho(English, loop)} names it with a reason, e.g. /undo #{loop.No} option 2 duplicate of option 1."
            );
            return;
        }
        var entry = loop.Undo[mine];
        if (mine == loop.Undo.Count - 1 && entry.Before is { } before)
        {
            RestoreLatest(loop, entry, before);
            return;
        }
        // Someone moved after this: take back just this move, never theirs.
        var reverted = entry.Kind switch
        {
            UndoKind.Note => loop,
            UndoKind.Option => loop.Options.FirstOrDefault(o => o.ReceiptSeq == entry.ReceiptSeq)
                is { } option
            && loop.Vote is null
                ? WithoutOption(loop, option)
                : null,
            UndoKind.Claim => loop with { Builders = loop.Builders.Remove(Me) },
            UndoKind.Spend when entry is { Amount: { } amount, Currency: { } currency } =>
                LoopSpending.Add(loop, -amount, currency),
            _ => null,
        };
        if (reverted is null)
        {
            Tell(
                $"Others have moved on #{loop.No} since {entry.Description}, and undoing it now would undo their moves too. Say what should change in the group, or ask {StewardWho(English, loop)}."
            );
            return;
        }
        Put(reverted with { Undo = loop.Undo.RemoveAt(mine) });
        var receipt = Record(
            reverted,
            ReceiptKind.Undo,
            MyHandleSafe,
            $"Undid {entry.Description} (receipt #{entry.ReceiptSeq})",
            evidence: [$"receipt:#{entry.ReceiptSeq}"]
        );
        Say(
            reverted,
            $"↩️ {MyHandleSafe} undid {entry.Description} on #{loop.No}. It stays on the record as receipt #{entry.ReceiptSeq}, now marked undone (receipt #{receipt.Seq}).{OptionsNow(reverted, entry)}"
        );
    }

    /// <summary>The loop's latest move is the sender's: the loop goes back to how it was before it.</summary>
    private void RestoreLatest(LoopState loop, UndoEntry last, LoopState before)
    {
        // A fresh epoch so timers of the undone state are ignored; the rest of the undo history is kept.
        var restored = before with
        {
            Undo = loop.Undo.RemoveAt(loop.Undo.Count - 1),
            Epoch = loop.Epoch + 1,
        };
        if (restored.PhaseDeadline <= now)
            restored = restored with { PhaseDeadline = now + PhaseOf(restored).Duration };
        Put(restored);
        Record(
            restored,
            ReceiptKind.Undo,
            MyHandleSafe,
            $"Undid {last.Description} (receipt #{last.ReceiptSeq})",
            evidence: [$"receipt:#{last.ReceiptSeq}"]
        );
        if (restored.Vote is { } vote)
            Schedule(restored, TimerKind.VoteDeadline, vote.Deadline);
        else
            StartPhaseTimers(restored, PhaseOf(restored));
        Say(
            restored,
            $"↩️ {MyHandleSafe} undid {last.Description} on #{loop.No}. It stays on the record as receipt #{last.ReceiptSeq}, now marked undone."
        );
    }

    /// <summary><c>/undo option 2 duplicate of option 1</c>: the steward reverts someone's option, saying why.</summary>
    private void RevertOption(LoopState loop, string number, string reason)
    {
        if (!May(loop, FlowAction.Undo, Languages.Deed.RevertSomeonesOption))
            return;
        if (
            !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1
            || n > loop.Options.Count
        )
        {
            Tell(
                loop.Options.Count == 0
                    ? $"#{loop.No} has no options to revert."
                    : $"Which option? #{loop.No} has options 1 to {loop.Options.Count}: /undo #{loop.No} option <number> <reason>."
            );
            return;
        }
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            Tell(
                $"Please say why, so the group and the author can see it: /undo #{loop.No} option {n} duplicate of option 1."
            );
            return;
        }
        if (loop.Vote is not null)
        {
            Tell(
                $"The vote on #{loop.No} is open, so its options stay as they are. If option {n} shouldn't win, say so in the group before it closes."
            );
            return;
        }
        var option = loop.Options[n - 1];
        var reverted = WithoutOption(loop, option) with
        {
            Undo = loop.Undo.RemoveAll(e => e.ReceiptSeq == option.ReceiptSeq),
        };
        Put(reverted);
        var why = Texts.Short(reason, 200);
        var receipt = Record(
            reverted,
            ReceiptKind.Undo,
            MyHandleSafe,
            $"Reverted option {n} by {option.ProposedByHandle} ({option.Text}). Reason: {why}",
            evidence: option.ReceiptSeq is { } seq ? [$"receipt:#{seq}"] : null
        );
        Say(
            reverted,
            $"↩️ {MyHandleSafe} reverted option {n} on #{loop.No} ({option.ProposedByHandle}: {option.Text}). Reason: {PersonalData.Redact(why)}. It stays on the record{(option.ReceiptSeq is { } kept ? $" as receipt #{kept}" : "")}, now marked reverted (receipt #{receipt.Seq}).{OptionsNow(reverted, null)}"
        );
        if (option.ProposedBy != Me)
            Dm(
                option.ProposedBy,
                $"{MyHandleSafe}, the steward of #{loop.No}, took your option \"{option.Text}\" off the list: {PersonalData.Redact(why)}. It stays on the record. If you disagree, say so in the group; you can also propose again with /propose #{loop.No} <option>.",
                loop: loop
            );
    }

    /// <summary>
    /// <c>/undo receipt 7 paid twice</c>: the steward reverts someone's note, option, claim or spend of the current
    /// phase by its receipt, saying why. Votes, decisions and audits never qualify.
    /// </summary>
    private void RevertReceipt(LoopState loop, string number, string reason)
    {
        if (!May(loop, FlowAction.Undo, Languages.Deed.RevertSomeonesMove))
            return;
        var entry = long.TryParse(
            number,
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var seq
        )
            ? loop.Undo.FirstOrDefault(e => e.ReceiptSeq == seq)
            : null;
        if (entry is null)
        {
            Tell(
                $"Receipt {(seq > 0 ? $"#{seq}" : $"\"{Texts.Short(number, 12)}\"")} is not a move of this phase of #{loop.No} I can revert. Notes, options, claims and spends of the phase can be; votes, decisions and audits never. /receipts #{loop.No} shows the numbers."
            );
            return;
        }
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            Tell(
                $"Please say why, so the group and the author can see it: /undo #{loop.No} receipt {seq} paid twice."
            );
            return;
        }
        var author = entry.By;
        var reverted = entry.Kind switch
        {
            UndoKind.Note => loop,
            UndoKind.Option => loop.Options.FirstOrDefault(o => o.ReceiptSeq == entry.ReceiptSeq)
                is { } option
            && loop.Vote is null
                ? WithoutOption(loop, option)
                : null,
            UndoKind.Claim when author is { } claimer => loop with
            {
                Builders = loop.Builders.Remove(claimer),
            },
            UndoKind.Spend when entry is { Amount: { } amount, Currency: { } currency } =>
                LoopSpending.Add(loop, -amount, currency),
            _ => null,
        };
        if (reverted is null)
        {
            Tell(
                $"Receipt #{seq} ({entry.Description}) can't be reverted on its own any more. Say what should change in the group."
            );
            return;
        }
        Put(reverted with { Undo = loop.Undo.RemoveAll(e => e.ReceiptSeq == entry.ReceiptSeq) });
        var why = Texts.Short(reason, 200);
        var authorHandle = author is { } a ? HandleOf(a) : "someone";
        var receipt = Record(
            reverted,
            ReceiptKind.Undo,
            MyHandleSafe,
            $"Reverted {entry.Description} by {authorHandle} (receipt #{seq}). Reason: {why}",
            evidence: [$"receipt:#{seq}"]
        );
        Say(
            reverted,
            $"↩️ {MyHandleSafe} reverted {entry.Description} by {authorHandle} on #{loop.No}. Reason: {PersonalData.Redact(why)}. It stays on the record as receipt #{seq}, now marked reverted (receipt #{receipt.Seq}).{OptionsNow(reverted, entry)}"
        );
        if (author is { } who && who != Me)
            Dm(
                who,
                $"{MyHandleSafe}, the steward of #{loop.No}, reverted {entry.Description} (receipt #{seq}): {PersonalData.Redact(why)}. It stays on the record. If you disagree, say so in the group.",
                loop: loop
            );
    }

    /// <summary>The loop without the option; later options move up one number.</summary>
    private static LoopState WithoutOption(LoopState loop, LoopOption option) =>
        loop with
        {
            Options =
            [
                .. loop.Options.Where(o => o != option).Select((o, i) => o with { Number = i + 1 }),
            ],
        };

    private static string OptionsNow(LoopState loop, UndoEntry? entry) =>
        entry is not null && entry.Kind != UndoKind.Option ? ""
        : loop.Options.Count == 0 ? " No options now: /propose <option>."
        : "\nOptions now: " + string.Join(" · ", loop.Options.Select(o => $"{o.Number}) {o.Text}"));

    private string StewardWho(Languages.Words w, LoopState loop) =>
        loop.Steward is { } s ? w.TheSteward(HandleOf(s)) : w.TheStewardRole;
}
