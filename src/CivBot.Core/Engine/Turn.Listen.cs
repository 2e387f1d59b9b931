namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Globalization;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private const int MaxAskLength = 500;
    private const int MaxNoteLength = 500;

    private void Ask(ParsedCommand cmd) => OpenLoop(cmd, FlowForNewLoops(), suggestUrgent: true);

    /// <summary>Opens a loop on <paramref name="flow"/> (the group's default for /ask, or the flow a command names).</summary>
    private void OpenLoop(ParsedCommand cmd, FlowDefinition? flow, bool suggestUrgent)
    {
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell(w => w.AskWhat(cmd.Name));
            return;
        }
        if (text.Length > MaxAskLength)
        {
            Tell(w => w.AskTooLong(MaxAskLength, text.Length));
            return;
        }
        if (State.Member(Me) is { Active: false })
        {
            Tell(w => w.OptedOutOfGroup);
            return;
        }
        if (flow is null)
        {
            Tell(w => w.FlowUnavailable);
            return;
        }
        var first = flow.Phases[0];
        var no = State.NextLoopNo;
        var loop = new LoopState(
            no,
            flow.Ref,
            first.Id,
            now,
            now + first.Duration,
            1,
            Me,
            MyHandleSafe,
            PersonalData.Redact(text),
            now,
            input.IsPrivate ? null : input.Chat,
            input.IsPrivate ? null : input.ThreadId,
            null,
            [],
            null,
            [],
            null,
            null,
            ImmutableHashSet<MemberId>.Empty,
            [],
            0,
            null,
            0,
            [],
            AskedPrivately: input.IsPrivate,
            AskedBySms: input.IsPrivate && input.Chat.Channel == "sms"
        );
        State = State with { Loops = State.Loops.Add(loop), NextLoopNo = no + 1 };
        Record(loop, ReceiptKind.Ask, MyHandleSafe, loop.Ask, evidence: Links.In(text));
        RecordFlow(loop, flow, Languages.Phrases.RunsOnFlow(FlowLabel(flow)));

        var steward = Pick(Role.Steward, [], avoid: [Me]);
        if (steward is not null)
        {
            loop = loop with { Steward = steward.Id };
            Put(loop);
            Served(steward.Id, Role.Steward);
            RecordBot(
                loop,
                ReceiptKind.Role,
                Languages.Phrases.StewardByRotation(steward.Handle, no)
            );
        }
        StartPhaseTimers(loop, first);
        Say(
            loop,
            w =>
                Texts.Template(
                    w,
                    flow,
                    "loop_opened",
                    w.LoopOpened(
                        no,
                        loop.AskerHandle,
                        Texts.Short(loop.Ask, 160),
                        steward?.Handle,
                        first.Kind,
                        At(loop.PhaseDeadline)
                    ),
                    ("loop", no.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("ask", loop.Ask),
                    ("asker", loop.AskerHandle),
                    ("steward", steward?.Handle ?? w.NobodyYet),
                    ("deadline", w.When(At(loop.PhaseDeadline)))
                )
        );
        if (steward is not null && steward.Id != Me)
            Dm(
                steward.Id,
                w => w.StewardPicked(loop.No, Texts.Short(loop.Ask, 100)),
                fallbackToGroup: false
            );
        if (input.IsPrivate)
            Tell(w => w.AskThanks(no, loop.AskerHandle));
        if (Emergency.Matches(flow.Emergency, text))
        {
            // The flow's own words, in the flow's language.
            Say(loop, _ => "⚠️ " + flow.Emergency.Pointer);
            if (input.IsPrivate)
                Tell(_ => "⚠️ " + flow.Emergency.Pointer);
        }
        if (suggestUrgent)
            SuggestUrgent(State.Loop(no)!, flow, text);
    }

    private string MyHandleSafe => State.Member(Me)?.Handle ?? PersonalData.SafeHandle(MyHandle);

    private void Add(ParsedCommand cmd, IReadOnlyList<string> links)
    {
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell(w => w.AddWhat(loop.No));
            return;
        }
        if (text.Length > MaxNoteLength)
        {
            Tell(w => w.NoteTooLong(MaxNoteLength, text.Length));
            return;
        }
        if (text is "+1")
        {
            Support(loop);
            return;
        }
        var kind = PhaseOf(loop).Kind;
        if (kind == PhaseKind.Audit)
        {
            Tell(w => w.BeingAudited(loop.No));
            return;
        }
        if (kind == PhaseKind.Collect)
        {
            Check(cmd with { Name = "check" }, links);
            return;
        }
        if (!May(loop, FlowAction.Add, Languages.Deed.AddToIt))
            return;
        var evidence = links.Count > 0 ? links : Links.In(text);
        var receiptKind = kind == PhaseKind.Do ? ReceiptKind.Progress : ReceiptKind.Context;
        var receipt = Record(loop, receiptKind, MyHandleSafe, text, evidence: evidence);
        var after = loop;
        Put(
            Reversible(
                loop,
                after,
                receipt,
                kind == PhaseKind.Do ? Languages.Undoable.ProgressNote : Languages.Undoable.Note,
                kind: UndoKind.Note
            )
        );
        Say(loop, w => w.Added(kind == PhaseKind.Do, loop.No, MyHandleSafe, Shown(receipt)));
    }

    private void Support(LoopState? target = null)
    {
        var loop = target;
        if (loop is null)
        {
            if (State.Loops.Count != 1)
            {
                if (State.Loops.Count > 1)
                    Tell(w => w.WhichLoopToSupport(State.Loops[^1].No));
                return;
            }
            loop = State.Loops[0];
        }
        if (loop.Supporters.Contains(Me))
        {
            Tell(w => w.AlreadySupport(loop.No, loop.Supporters.Count));
            return;
        }
        loop = loop with { Supporters = loop.Supporters.Add(Me) };
        Put(loop);
        Record(loop, ReceiptKind.Context, MyHandleSafe, "+1");
        Say(loop, w => w.Supports(MyHandleSafe, loop.No, loop.Supporters.Count));
    }

    /// <param name="provenance">For an option adopted from an AI draft: the model and prompt its receipt names.</param>
    private void Propose(ParsedCommand cmd, AiProvenance? provenance = null)
    {
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell(w => w.ProposeWhat(loop.No));
            return;
        }
        if (text.Length > 200)
        {
            Tell(w => w.OptionTooLong);
            return;
        }
        if (!InPhase(loop, Languages.Deed.ProposingOptions, PhaseKind.Listen, PhaseKind.Deliberate))
            return;
        if (loop.Vote is not null)
        {
            Tell(w => w.NoOptionsDuringVote(loop.No));
            return;
        }
        if (!May(loop, FlowAction.Propose, Languages.Deed.ProposeOptions))
            return;
        if (loop.Options.Count >= 9)
        {
            Tell(w => w.OptionsFull);
            return;
        }
        // One member cannot fill the ballot: the flow caps how many options each may propose in a loop.
        var cap =
            FlowOf(loop).FirstOfKind(PhaseKind.Deliberate)?.Vote?.OptionsPerMember
            ?? VoteSettings.DefaultOptionsPerMember;
        if (loop.Options.Count(o => o.ProposedBy == Me) >= cap)
        {
            Tell(w => w.OptionCap(cap, loop.No));
            return;
        }
        var safe = PersonalData.Redact(text);
        if (loop.Options.Any(o => string.Equals(o.Text, safe, StringComparison.OrdinalIgnoreCase)))
        {
            Tell(w => w.OptionDuplicate);
            return;
        }
        var number = loop.Options.Count + 1;
        var receipt = Record(
            loop,
            ReceiptKind.Option,
            MyHandleSafe,
            provenance is null
                ? Languages.Phrases.Option(number, safe)
                : Languages.Phrases.OptionFromDraft(
                    number,
                    safe,
                    provenance.Model,
                    provenance.Prompt
                )
        );
        var option = new LoopOption(number, safe, Me, MyHandleSafe, receipt.Seq);
        var after = loop with { Options = loop.Options.Add(option) };
        Put(
            Reversible(
                loop,
                after,
                receipt,
                Languages.Undoable.Option,
                option.Number.ToString(CultureInfo.InvariantCulture),
                UndoKind.Option
            )
        );
        // How the vote opens is said once, with the first option, not after every one.
        Say(
            loop,
            w =>
                w.OptionProposed(
                    option.Number,
                    loop.No,
                    MyHandleSafe,
                    safe,
                    loop.Steward is { } s ? HandleOf(w, s) : null
                )
        );
    }
}
