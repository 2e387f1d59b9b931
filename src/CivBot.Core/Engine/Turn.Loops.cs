namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    /// <summary>
    /// The loop a command is about: the one named with #N, else the only open loop. When several are open and none
    /// is named, the member is told how to name one, and null is returned.
    /// </summary>
    /// <param name="fits">When several loops are open and none is named, the one loop this holds for is chosen (the
    /// auditor's only audit, the builder's only build).</param>
    private LoopState? TargetLoop(ParsedCommand cmd, Func<LoopState, bool>? fits = null)
    {
        if (cmd.Loop is null && State.Loops.Count > 1 && fits is not null)
        {
            var fitting = State.Loops.Where(fits).ToList();
            if (fitting.Count == 1)
                return fitting[0];
        }
        if (cmd.Loop is { } n)
        {
            var named = State.Loop(n);
            if (named is null)
            {
                Tell(w =>
                    n < State.NextLoopNo ? w.LoopIsClosed(n) : w.NoSuchLoopYet(n, OpenLoopsHint(w))
                );
            }
            return named;
        }
        switch (State.Loops.Count)
        {
            case 0:
                Tell(w => w.NoLoopOpenStartOne);
                return null;
            case 1:
                return State.Loops[0];
            default:
                Tell(w =>
                    w.SayWhichLoop(
                        $"/{w.Command(cmd.Name)} #{State.Loops[^1].No} {cmd.Args}".TrimEnd(),
                        OpenLoopsHint(w)
                    )
                );
                return null;
        }
    }

    /// <summary>The loops open now, or, when none is, how to start one.</summary>
    private string OpenLoopsHint(Languages.Words w) =>
        State.Loops.Count == 0
            ? w.NoLoopOpenStartOne
            : w.OpenNow(
                string.Join(
                    ", ",
                    State.Loops.Select(l =>
                        $"#{l.No} {Texts.Short(l.Ask, 30)} ({w.PhaseName(PhaseOf(l).Kind).ToLowerInvariant()})"
                    )
                )
            );

    private void Put(LoopState loop) =>
        State = State with
        {
            Loops = State.Loops.Replace(
                State.Loop(loop.No)
                    ?? throw new InvalidOperationException($"Loop #{loop.No} is not open."),
                loop
            ),
        };

    private FlowDefinition FlowOf(LoopState loop) =>
        engine.Flows.Pinned(loop.Flow)
        ?? engine.Flows.Current(loop.Flow.Id)
        ?? throw new InvalidOperationException(
            $"Flow {loop.Flow} of loop #{loop.No} is not loaded."
        );

    private PhaseDefinition PhaseOf(LoopState loop) => FlowOf(loop).Phase(loop.Phase);

    private bool Is(LoopState loop, Actor actor, MemberId who) =>
        actor switch
        {
            Actor.Participant => State.Member(who) is { Active: true },
            Actor.Asker => loop.Asker == who,
            Actor.Steward => loop.Steward == who,
            Actor.Builder => loop.Builders.Contains(who),
            Actor.Auditor => loop.Auditor == who,
            _ => false,
        };

    /// <summary>True when the flow lets this member take the action on this loop; otherwise explains who may.</summary>
    private bool May(LoopState loop, FlowAction action, Languages.Deed what)
    {
        var who = FlowOf(loop).WhoMay(action);
        if (who.Any(a => Is(loop, a, Me)))
            return true;
        if (State.Member(Me) is { Active: false })
        {
            Tell(w => w.OptedOutCannotTakePart);
            return false;
        }
        Tell(w =>
            w.OnlyThey(
                w.JoinOr([.. who.Select(a => Texts.ActorName(w, a, loop, State))]),
                what,
                loop.No
            )
        );
        return false;
    }

    /// <summary>Checks the loop is in one of the given phase kinds; otherwise explains what can be done now.</summary>
    private bool InPhase(LoopState loop, Languages.Deed what, params PhaseKind[] kinds)
    {
        var kind = PhaseOf(loop).Kind;
        if (kinds.Contains(kind))
            return true;
        Tell(w => w.WrongPhase(loop.No, kind, what, w.JoinOr([.. kinds.Select(w.PhaseName)])));
        return false;
    }

    /// <summary>Writes a receipt of the sender's move (their handle and pseudonym), chaining it onto the group's head.</summary>
    private Receipt Record(
        LoopState? loop,
        ReceiptKind kind,
        string actor,
        string summary,
        decimal? amount = null,
        string? currency = null,
        IReadOnlyList<string>? evidence = null
    ) => RecordOn(loop?.No, kind, actor, summary, amount, currency, evidence);

    /// <summary>The same, worded by the bot: a phrase each reader sees in their language (its English is the summary).</summary>
    private Receipt Record(
        LoopState? loop,
        ReceiptKind kind,
        string actor,
        Phrase phrase,
        IReadOnlyList<string>? evidence = null
    ) =>
        Append(
            loop?.No,
            kind,
            actor,
            null,
            phrase,
            null,
            null,
            evidence,
            MemberPseudonym.Of(State.Id, Me),
            ActorType.Member
        );

    /// <summary>The same, for a loop named by number: one that may already be closed (an improvement after the fact).</summary>
    private Receipt RecordOn(
        int? loop,
        ReceiptKind kind,
        string actor,
        string summary,
        decimal? amount = null,
        string? currency = null,
        IReadOnlyList<string>? evidence = null
    ) =>
        Append(
            loop,
            kind,
            actor,
            summary,
            null,
            amount,
            currency,
            evidence,
            MemberPseudonym.Of(State.Id, Me),
            ActorType.Member
        );

    /// <summary>Writes a receipt of the bot's own move, marked as the bot's by its actor type.</summary>
    private Receipt RecordBot(
        LoopState? loop,
        ReceiptKind kind,
        Phrase phrase,
        IReadOnlyList<string>? evidence = null
    ) =>
        Append(
            loop?.No,
            kind,
            HandleRules.BotName,
            null,
            phrase,
            null,
            null,
            evidence,
            null,
            ActorType.Bot
        );

    /// <summary>
    /// Chains a receipt onto the group's head. Either <paramref name="summary"/> (what a member wrote) or
    /// <paramref name="phrase"/> (the bot's wording, whose English becomes the summary) is given.
    /// </summary>
    private Receipt Append(
        int? loop,
        ReceiptKind kind,
        string actor,
        string? summary,
        Phrase? phrase,
        decimal? amount,
        string? currency,
        IReadOnlyList<string>? evidence,
        string? actorId,
        ActorType actorType
    )
    {
        // A link is recorded once: in the evidence list, not again in the summary; phone-like numbers never at all.
        string Clean(string text) => PersonalData.Redact(Links.Without(text, evidence ?? []));
        phrase = phrase?.Select(Clean);
        var receipt = ReceiptChain.Next(
            State.Head,
            now,
            State.Id,
            loop,
            kind,
            actor,
            phrase is null
                ? Clean(summary!)
                : Languages.Phrases.Render(Languages.Words.English, phrase),
            amount,
            currency,
            evidence,
            actorId,
            actorType,
            phrase
        );
        State = State with { Head = ChainHead.Of(receipt) };
        Emit(new AppendReceipt(receipt));
        return receipt;
    }

    /// <summary>A receipt as people read it in the chat: the summary and its links.</summary>
    private static string Shown(Receipt receipt) => Shown(receipt.Summary, receipt);

    /// <summary>The given text as it was recorded on <paramref name="receipt"/>, with the receipt's links.</summary>
    private static string Shown(string text, Receipt receipt)
    {
        var links = receipt.Evidence.Where(e =>
            !e.StartsWith("receipt:", StringComparison.Ordinal)
        );
        return string.Join(' ', links.Prepend(text).Where(t => t.Length > 0));
    }

    /// <summary>
    /// How many of the phase's moves keep a full copy of the loop from before them, so the latest can be walked back
    /// whole. Every move of the phase stays revertable on its own (an option off the list, a claim dropped, a spend
    /// off the total); only the copies are limited, to keep the group's stored state small.
    /// </summary>
    internal const int UndoDepth = 3;

    /// <summary>
    /// How many of the phase's moves stay revertable. The group's state is written at every event, so a phase with
    /// thousands of notes (a chatty group, or someone flooding it) must not make every later event slower; past this
    /// the oldest note is forgotten first (reverting a note changes no state), then the oldest move.
    /// </summary>
    internal const int UndoHistory = 50;

    /// <summary>
    /// Remembers how to undo a move; <paramref name="before"/> is the loop as it was. <paramref name="detail"/> names
    /// it beside <paramref name="move"/> (<see cref="Languages.Words.MoveName"/>); its English name is the entry's
    /// description, which the undo receipt quotes.
    /// </summary>
    private LoopState Reversible(
        LoopState before,
        LoopState after,
        Receipt receipt,
        Languages.Undoable move,
        string detail = "",
        UndoKind kind = UndoKind.Other
    )
    {
        var entry = new UndoEntry(
            before with
            {
                Undo = [],
            },
            receipt.Seq,
            "",
            Me,
            kind,
            receipt.Amount,
            receipt.Currency,
            move,
            detail.Length > 0 ? detail : null
        );
        var undo = after.Undo.Add(
            entry with
            {
                Description = MoveName(Languages.Words.English, after, entry),
            }
        );
        if (undo.Count > UndoDepth && undo[^(UndoDepth + 1)].Before is not null)
            undo = undo.SetItem(
                undo.Count - UndoDepth - 1,
                undo[^(UndoDepth + 1)] with
                {
                    Before = null,
                }
            );
        if (undo.Count > UndoHistory)
        {
            var oldestNote = undo.FindIndex(e => e.Kind == UndoKind.Note);
            undo = undo.RemoveAt(oldestNote >= 0 ? oldestNote : 0);
        }
        return after with { Undo = undo };
    }

    private void Schedule(LoopState loop, TimerKind kind, DateTimeOffset dueAt, int attempt = 0) =>
        Emit(new ScheduleTimer(new TimerSpec(dueAt, kind, loop.No, loop.Epoch, attempt)));
}
