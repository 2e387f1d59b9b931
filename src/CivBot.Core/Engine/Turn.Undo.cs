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
        if (cmd.Words is [var what, var n, ..] && Languages.Words.Means(what, w => w.OptionWord))
        {
            RevertOption(loop, n, string.Join(' ', cmd.Words[2..]));
            return;
        }
        if (cmd.Words is [var word, var seq, ..] && Languages.Words.Means(word, w => w.ReceiptWord))
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
            Tell(w =>
                loop.Undo.IsEmpty
                    ? w.NothingToUndo(loop.No)
                    : w.NoneOfYoursToUndo(loop.No, StewardWho(w, loop))
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
            Tell(w => w.OthersMovedSince(loop.No, MoveName(w, loop, entry), StewardWho(w, loop)));
            return;
        }
        Put(reverted with { Undo = loop.Undo.RemoveAt(mine) });
        var receipt = Record(
            reverted,
            ReceiptKind.Undo,
            MyHandleSafe,
            Languages.Phrases.Undid(MovePhrase(loop, entry), entry.ReceiptSeq),
            evidence: [$"receipt:#{entry.ReceiptSeq}"]
        );
        Say(
            reverted,
            w =>
                w.UndidAlone(
                    MyHandleSafe,
                    MoveName(w, loop, entry),
                    loop.No,
                    entry.ReceiptSeq,
                    receipt.Seq,
                    OptionsNow(w, reverted, entry)
                )
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
            Languages.Phrases.Undid(MovePhrase(loop, last), last.ReceiptSeq),
            evidence: [$"receipt:#{last.ReceiptSeq}"]
        );
        if (restored.Vote is { } vote)
            Schedule(restored, TimerKind.VoteDeadline, vote.Deadline);
        else
            StartPhaseTimers(restored, PhaseOf(restored));
        Say(
            restored,
            w => w.UndidLatest(MyHandleSafe, MoveName(w, loop, last), loop.No, last.ReceiptSeq)
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
            Tell(w =>
                loop.Options.Count == 0
                    ? w.NoOptionsToRevert(loop.No)
                    : w.WhichOptionToRevert(loop.No, loop.Options.Count)
            );
            return;
        }
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            Tell(w => w.SayWhyRevertOption(loop.No, n));
            return;
        }
        if (loop.Vote is not null)
        {
            Tell(w => w.OptionsStayDuringVote(loop.No, n));
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
            Languages.Phrases.RevertedOption(n, option.ProposedByHandle, option.Text, why),
            evidence: option.ReceiptSeq is { } seq ? [$"receipt:#{seq}"] : null
        );
        Say(
            reverted,
            w =>
                w.RevertedOption(
                    MyHandleSafe,
                    n,
                    loop.No,
                    option.ProposedByHandle,
                    option.Text,
                    PersonalData.Redact(why),
                    option.ReceiptSeq,
                    receipt.Seq,
                    OptionsNow(w, reverted, null)
                )
        );
        if (option.ProposedBy != Me)
            Dm(
                option.ProposedBy,
                w =>
                    w.YourOptionTakenOff(
                        MyHandleSafe,
                        loop.No,
                        option.Text,
                        PersonalData.Redact(why)
                    ),
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
            var typed = seq > 0 ? $"#{seq}" : $"\"{Texts.Short(number, 12)}\"";
            Tell(w => w.NotARevertableReceipt(typed, loop.No));
            return;
        }
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            Tell(w => w.SayWhyRevertReceipt(loop.No, seq));
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
            Tell(w => w.CantRevertAlone(seq, MoveName(w, loop, entry)));
            return;
        }
        Put(reverted with { Undo = loop.Undo.RemoveAll(e => e.ReceiptSeq == entry.ReceiptSeq) });
        var why = Texts.Short(reason, 200);
        var receipt = Record(
            reverted,
            ReceiptKind.Undo,
            MyHandleSafe,
            Languages.Phrases.RevertedMove(
                MovePhrase(loop, entry),
                author is { } by ? HandleOf(Languages.Words.English, by) : null,
                seq,
                why
            ),
            evidence: [$"receipt:#{seq}"]
        );
        Say(
            reverted,
            w =>
                w.RevertedMove(
                    MyHandleSafe,
                    MoveName(w, loop, entry),
                    author is { } a ? HandleOf(w, a) : w.Someone,
                    loop.No,
                    PersonalData.Redact(why),
                    seq,
                    receipt.Seq,
                    OptionsNow(w, reverted, entry)
                )
        );
        if (author is { } who && who != Me)
            Dm(
                who,
                w =>
                    w.YourMoveReverted(
                        MyHandleSafe,
                        loop.No,
                        MoveName(w, loop, entry),
                        seq,
                        PersonalData.Redact(why)
                    ),
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

    /// <summary>After an option is undone, the options left: "", " No options now: …" or "\nOptions now: 1) … · 2) …".</summary>
    private static string OptionsNow(Languages.Words w, LoopState loop, UndoEntry? entry) =>
        entry is not null && entry.Kind != UndoKind.Option ? ""
        : loop.Options.Count == 0 ? " " + w.NoOptionsLeft
        : "\n"
            + w.OptionsLeft(string.Join(" · ", loop.Options.Select(o => $"{o.Number}) {o.Text}")));

    /// <summary>
    /// The move as a phrase each reader's message and the undo receipt name in their language ("a note", "the 5.00 USD
    /// spend", "the move to Deliberate"); an entry stored before moves were typed shows its English description.
    /// </summary>
    private Phrase MovePhrase(LoopState loop, UndoEntry entry) =>
        entry.What switch
        {
            null => Languages.Phrases.Verbatim(entry.Description),
            Languages.Undoable.Spend when entry.Amount is { } amount => Languages.Phrases.SpendMove(
                amount,
                entry.Currency
            ),
            Languages.Undoable.PhaseMove
                when FlowOf(loop).Phases.FirstOrDefault(p => p.Id == entry.Detail) is { } phase =>
                Languages.Phrases.PhaseMove(phase.Kind),
            { } move => Languages.Phrases.Move(move, entry.Detail ?? ""),
        };

    private string MoveName(Languages.Words w, LoopState loop, UndoEntry entry) =>
        Languages.Phrases.Render(w, MovePhrase(loop, entry));

    private string StewardWho(Languages.Words w, LoopState loop) =>
        loop.Steward is { } s ? w.TheSteward(HandleOf(w, s)) : w.TheStewardRole;
}
