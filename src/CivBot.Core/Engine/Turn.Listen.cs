namespace CivBot.Core.Engine;

using System.Collections.Immutable;
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
            Tell(
                $"What do you need? Write it after the command, e.g. /{cmd.Name} Need a ride to the clinic on Main St before 5pm"
            );
            return;
        }
        if (text.Length > MaxAskLength)
        {
            Tell(
                $"Please keep an ask under {MaxAskLength} characters (this one has {text.Length}). Put the details in /add once it is open."
            );
            return;
        }
        if (State.Member(Me) is { Active: false })
        {
            Tell("You opted out of this group. /optin group brings you back, then ask again.");
            return;
        }
        if (flow is null)
        {
            Tell(
                "This group's flow is not available right now, so I can't open a loop. Please tell whoever runs this bot."
            );
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
        RecordFlow(loop, flow, $"Runs on flow {FlowLabel(flow)}");

        var steward = Pick(Role.Steward, [], avoid: [Me]);
        if (steward is not null)
        {
            loop = loop with { Steward = steward.Id };
            Put(loop);
            Served(steward.Id, Role.Steward);
            RecordBot(loop, ReceiptKind.Role, $"{steward.Handle} is steward of #{no} (rotation)");
        }
        StartPhaseTimers(loop, first);
        var opened = Texts.Template(
            flow,
            "loop_opened",
            Texts.LoopOpened(loop, first, steward?.Handle, When(loop.PhaseDeadline)),
            ("loop", no.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("ask", loop.Ask),
            ("asker", loop.AskerHandle),
            ("steward", steward?.Handle ?? "nobody yet"),
            ("deadline", When(loop.PhaseDeadline))
        );
        Say(loop, opened);
        if (steward is not null && steward.Id != Me)
            Dm(steward.Id, Texts.StewardPicked(loop), fallbackToGroup: false);
        if (input.IsPrivate)
            Tell(
                $"Thanks, your ask is loop #{no} and the group can see it now (under your name {loop.AskerHandle}). I'll keep you posted here."
            );
        if (Emergency.Matches(flow.Emergency, text))
        {
            Say(loop, "⚠️ " + flow.Emergency.Pointer);
            if (input.IsPrivate)
                Tell("⚠️ " + flow.Emergency.Pointer);
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
            Tell(
                $"Add what? e.g. /add #{loop.No} The clinic closes at 5pm sharp, or send a photo or link."
            );
            return;
        }
        if (text.Length > MaxNoteLength)
        {
            Tell(
                $"Please keep it under {MaxNoteLength} characters (this one has {text.Length}); split it into several /add messages."
            );
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
            Tell(
                $"#{loop.No} is being audited. The auditor records findings with /audit ok or /audit flag."
            );
            return;
        }
        if (kind == PhaseKind.Collect)
        {
            Check(cmd with { Name = "check" }, links);
            return;
        }
        if (!May(loop, FlowAction.Add, "add to it"))
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
                kind == PhaseKind.Do ? "a progress note" : "a note",
                UndoKind.Note
            )
        );
        Say(
            loop,
            $"{(kind == PhaseKind.Do ? "Progress" : "Added")} to #{loop.No} by {MyHandleSafe}: {Shown(receipt)}"
        );
    }

    private void Support(LoopState? target = null)
    {
        var loop = target;
        if (loop is null)
        {
            if (State.Loops.Count != 1)
            {
                if (State.Loops.Count > 1)
                    Tell($"Which loop do you support? e.g. /add #{State.Loops[^1].No} +1");
                return;
            }
            loop = State.Loops[0];
        }
        if (loop.Supporters.Contains(Me))
        {
            Tell($"You already support #{loop.No} ({loop.Supporters.Count} in all).");
            return;
        }
        loop = loop with { Supporters = loop.Supporters.Add(Me) };
        Put(loop);
        Record(loop, ReceiptKind.Context, MyHandleSafe, "+1");
        Say(loop, $"👍 {MyHandleSafe} supports #{loop.No} ({loop.Supporters.Count} in all).");
    }

    /// <param name="provenance">Appended to the option's receipt, e.g. that it was adopted from an AI draft.</param>
    private void Propose(ParsedCommand cmd, string provenance = "")
    {
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell($"Propose what? e.g. /propose #{loop.No} Dan drives her at 4pm");
            return;
        }
        if (text.Length > 200)
        {
            Tell(
                "Please keep an option under 200 characters, so everyone can read the vote at a glance."
            );
            return;
        }
        if (!InPhase(loop, "proposing options", PhaseKind.Listen, PhaseKind.Deliberate))
            return;
        if (loop.Vote is not null)
        {
            Tell(
                $"The vote on #{loop.No} is already open, so new options must wait. If it ends without a decision you can propose again."
            );
            return;
        }
        if (!May(loop, FlowAction.Propose, "propose options"))
            return;
        if (loop.Options.Count >= 9)
        {
            Tell("A vote can hold at most 9 options. Build on one of them with /add instead.");
            return;
        }
        // One member cannot fill the ballot: the flow caps how many options each may propose in a loop.
        var cap =
            FlowOf(loop).FirstOfKind(PhaseKind.Deliberate)?.Vote?.OptionsPerMember
            ?? VoteSettings.DefaultOptionsPerMember;
        if (loop.Options.Count(o => o.ProposedBy == Me) >= cap)
        {
            Tell(
                $"You've proposed {Texts.Count(cap, "option", "options")} on #{loop.No}, the most one member can, so others get room too. Build on one with /add #{loop.No} <note>, or take one back with /undo."
            );
            return;
        }
        var safe = PersonalData.Redact(text);
        if (loop.Options.Any(o => string.Equals(o.Text, safe, StringComparison.OrdinalIgnoreCase)))
        {
            Tell("That option is already on the list.");
            return;
        }
        var number = loop.Options.Count + 1;
        var receipt = Record(
            loop,
            ReceiptKind.Option,
            MyHandleSafe,
            $"Option {number}: {safe}{provenance}"
        );
        var option = new LoopOption(number, safe, Me, MyHandleSafe, receipt.Seq);
        var after = loop with { Options = loop.Options.Add(option) };
        Put(Reversible(loop, after, receipt, $"option {option.Number}", UndoKind.Option));
        Say(
            loop,
            // How the vote opens is said once, with the first option, not after every one.
            option.Number == 1
                ? $"Option 1 for #{loop.No} from {MyHandleSafe}: {safe}\n{(loop.Steward is { } s ? HandleOf(s) : "The steward")} (steward) opens the vote with /vote #{loop.No} when the options are in."
                : $"Option {option.Number} for #{loop.No} from {MyHandleSafe}: {safe}"
        );
    }
}
