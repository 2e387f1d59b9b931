namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Globalization;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void Vote(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        if (loop.Vote is null)
        {
            if (!MayOpenVote(loop))
            {
                NotOpenYet(loop, cmd);
                return;
            }
            OpenVote(loop, cmd);
            // "/vote 2" from whoever opens the vote opens it and casts that ballot in one go.
            if (cmd.Words.Length > 0 && State.Loop(loop.No) is { Vote: not null } opened)
                CastVote(opened, cmd);
            return;
        }
        CastVote(loop, cmd);
    }

    private bool MayOpenVote(LoopState loop) =>
        FlowOf(loop).WhoMay(FlowAction.OpenVote).Any(a => Is(loop, a, Me));

    /// <summary>A member voting before the vote is open hears who opens it and when to come back.</summary>
    private void NotOpenYet(LoopState loop, ParsedCommand cmd)
    {
        var phase = PhaseOf(loop);
        if (phase.Kind is not (PhaseKind.Listen or PhaseKind.Deliberate))
        {
            InPhase(loop, Languages.Deed.TheVote, PhaseKind.Listen, PhaseKind.Deliberate);
            return;
        }
        Tell(w =>
            w.VoteNotOpenYet(
                loop.No,
                w.JoinOr([
                    .. FlowOf(loop)
                        .WhoMay(FlowAction.OpenVote)
                        .Select(a => Texts.ActorName(w, a, loop, State)),
                ]),
                phase.Kind == PhaseKind.Deliberate ? At(loop.PhaseDeadline) : null,
                cmd.Words.Length > 0 ? string.Join(' ', cmd.Words) : null
            )
        );
    }

    private void OpenVote(LoopState loop, ParsedCommand cmd)
    {
        var phase = PhaseOf(loop);
        if (!InPhase(loop, Languages.Deed.TheVote, PhaseKind.Listen, PhaseKind.Deliberate))
            return;
        var flow = FlowOf(loop);
        if (!May(loop, FlowAction.OpenVote, Languages.Deed.OpenTheVote))
        {
            if (loop.Options.Count > 0)
                Tell(w => w.VoteOnceOpen(loop.No));
            return;
        }
        if (loop.Options.Count == 0)
        {
            Tell(w => w.NothingToVoteOn(loop.No));
            return;
        }
        // The vote belongs to the deliberate phase; a steward opening it during Listen moves the loop on.
        if (phase.Kind == PhaseKind.Listen)
        {
            var deliberate = flow.Phases.First(p => p.Kind == PhaseKind.Deliberate);
            loop = loop with
            {
                Phase = deliberate.Id,
                PhaseStartedAt = now,
                PhaseDeadline = now + deliberate.Duration,
            };
            phase = deliberate;
        }
        var settings = phase.Vote!;
        int? consentOption = null;
        if (settings.Kind == VoteKind.Consent)
        {
            if (loop.Options.Count == 1)
                consentOption = 1;
            else if (
                cmd.Words is [var w]
                && int.TryParse(w, out var n)
                && n >= 1
                && n <= loop.Options.Count
            )
                consentOption = n;
            else
            {
                Tell(words => words.ConsentNeedsOne(loop.No, loop.Options.Count));
                return;
            }
        }
        OpenVoteNow(loop, settings, consentOption, byBot: false);
    }

    private void OpenVoteNow(LoopState loop, VoteSettings settings, int? consentOption, bool byBot)
    {
        var before = State.Loop(loop.No)!;
        var vote = new VoteState(
            settings.Kind,
            now,
            now + settings.Duration,
            ImmutableDictionary<MemberId, ImmutableArray<int>>.Empty,
            consentOption,
            ImmutableDictionary<MemberId, string>.Empty
        );
        loop = loop with { Vote = vote, Epoch = loop.Epoch + 1 };
        var quorum = settings.Quorum.ToString();
        var summary =
            settings.Kind == VoteKind.Consent
                ? Languages.Phrases.ConsentVoteOpened(
                    consentOption!.Value,
                    loop.Options[consentOption.Value - 1].Text,
                    vote.Deadline,
                    quorum
                )
                : Languages.Phrases.VoteOpened(
                    settings.Kind,
                    loop.Options.Count,
                    vote.Deadline,
                    quorum
                );
        var receipt = byBot
            ? RecordBot(loop, ReceiptKind.VoteOpened, summary)
            : Record(loop, ReceiptKind.VoteOpened, MyHandleSafe, summary);
        Put(
            !byBot
                ? Reversible(before, loop, receipt, Languages.Undoable.OpeningTheVote)
                : loop with
                {
                    Undo = [],
                }
        );
        loop = State.Loop(loop.No)!;
        Schedule(loop, TimerKind.VoteDeadline, vote.Deadline);
        if (settings.ReminderBefore is { } before2 && vote.Deadline - before2 > now)
            Schedule(loop, TimerKind.VoteReminder, vote.Deadline - before2);
        SayReply(
            loop,
            w => VoteView.Render(w, loop, settings, Eligible(), At(vote.Deadline)),
            VoteView.EditKey(loop)
        );
        if (loop.AskedPrivately)
            DmReply(
                loop.Asker,
                w => VoteView.RenderPrivate(w, loop, settings, At(vote.Deadline)),
                fallbackToGroup: false
            );
    }

    private int Eligible() => State.Members.Count(m => m.Active && m.Id != MemberId.System);

    private void CastVote(LoopState loop, ParsedCommand cmd)
    {
        var vote = loop.Vote!;
        var settings = PhaseOf(loop).Vote!;
        if (!May(loop, FlowAction.Vote, Languages.Deed.Vote))
            return;
        var picks = new List<int>();
        foreach (var word in cmd.Words)
        {
            if (
                !int.TryParse(
                    word.TrimEnd(','),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var n
                )
                || n < 1
                || n > loop.Options.Count
            )
            {
                // Say what was wrong with what they typed, then how to vote.
                Tell(w =>
                    w.NotAnOption(Texts.Short(word, 12), loop.No)
                    + " "
                    + Texts.VoteUsage(w, loop, vote.Kind)
                );
                return;
            }
            if (!picks.Contains(n))
                picks.Add(n);
        }
        if (picks.Count == 0)
        {
            Tell(w => Texts.VoteUsage(w, loop, vote.Kind));
            return;
        }
        if (vote.Kind == VoteKind.Single && picks.Count > 1)
        {
            Tell(w => w.SingleChoiceOnly(loop.No, picks[0]));
            return;
        }
        if (vote.Kind == VoteKind.Consent && picks.Any(p => p != vote.ConsentOption))
        {
            Tell(w => w.ConsentOnlyAbout(loop.No, vote.ConsentOption ?? 1));
            return;
        }
        var changed = vote.Ballots.ContainsKey(Me);
        var ballot = picks.Order().ToImmutableArray();
        vote = vote with
        {
            Ballots = vote.Ballots.SetItem(Me, ballot),
            Objections = vote.Objections.Remove(Me),
        };
        // A ballot is a person's voice, not a steward's move: it is never undone, and it ends what /undo can reach.
        loop = loop with
        {
            Vote = vote,
            Undo = [],
        };
        Put(loop);
        var chosen = string.Join(", ", ballot.Select(n => $"{n}) {loop.Options[n - 1].Text}"));
        // A button press is already confirmed privately by the channel itself (Telegram's pop-up, Discord's ephemeral
        // reply); a second confirmation by direct message would only be noise.
        if (input.Body is not ButtonBody)
        {
            Dm(
                Me,
                w => w.VoteRecorded(changed, loop.No, chosen, At(vote.Deadline)),
                fallbackToGroup: false
            );
        }
        SayReply(
            loop,
            w => VoteView.Render(w, loop, settings, Eligible(), At(vote.Deadline)),
            VoteView.EditKey(loop)
        );
        if (vote.Ballots.Count + vote.Objections.Count >= Eligible())
            CloseVote(loop, Languages.Why.EveryoneVoted);
    }

    private void Object(ParsedCommand cmd)
    {
        if (ObjectsToGroupVote(cmd))
            return;
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        if (loop.Vote is not { Kind: VoteKind.Consent } vote)
        {
            Tell(w =>
                loop.Vote is null
                    ? w.NoConsentVote(loop.No)
                    : w.NotAConsentVote(loop.No, loop.Vote.Kind)
            );
            return;
        }
        if (!May(loop, FlowAction.Object, Languages.Deed.Object))
            return;
        var reason = cmd.Args.Trim();
        if (reason.Length == 0)
        {
            Tell(w => w.ObjectionNeedsReason(loop.No));
            return;
        }
        vote = vote with
        {
            Objections = vote.Objections.SetItem(Me, PersonalData.Redact(Texts.Short(reason, 200))),
            Ballots = vote.Ballots.Remove(Me),
        };
        loop = loop with { Vote = vote, Undo = [] };
        Put(loop);
        // The group sees the reason when it is raised, so it can be addressed while the window is open.
        var option = vote.ConsentOption ?? 1;
        Say(loop, w => w.Objects(MyHandleSafe, option, loop.No, vote.Objections[Me]));
        Dm(Me, w => w.ObjectionRecorded(option, loop.No), fallbackToGroup: false);
        SayReply(
            loop,
            w => VoteView.Render(w, loop, PhaseOf(loop).Vote!, Eligible(), At(vote.Deadline)),
            VoteView.EditKey(loop)
        );
        if (vote.Ballots.Count + vote.Objections.Count >= Eligible())
            CloseVote(loop, Languages.Why.EveryoneResponded);
    }

    /// <summary>Tallies the vote and writes the decision receipt; then moves the loop on as the flow says.</summary>
    private void CloseVote(LoopState loop, Languages.Why why)
    {
        var vote = loop.Vote!;
        var settings = PhaseOf(loop).Vote!;
        var eligible = Eligible();
        var required = settings.Quorum.Required(eligible);
        var turnout = vote.Ballots.Count + vote.Objections.Count;
        SayReply(
            loop,
            w => VoteView.Render(w, loop, settings, eligible, closes: null),
            VoteView.EditKey(loop)
        );
        if (turnout < required)
        {
            RecordBot(
                loop,
                ReceiptKind.Decision,
                Languages.Phrases.NoQuorum(required, turnout, eligible, why)
            );
            Say(loop, w => w.NoQuorum(loop.No, turnout, required));
            RoundWithoutDecision(
                loop,
                settings,
                settings.OnNoQuorum,
                Languages.Why.NoQuorumReached
            );
            return;
        }
        if (vote.Kind == VoteKind.Consent)
        {
            var option = loop.Options[vote.ConsentOption!.Value - 1];
            if (!vote.Objections.IsEmpty)
            {
                var reasons = string.Join(
                    "; ",
                    vote.Objections.Select(o =>
                        $"{HandleOf(Languages.Words.English, o.Key)}: {o.Value}"
                    )
                );
                RecordBot(
                    loop,
                    ReceiptKind.Decision,
                    Languages.Phrases.NotAdopted(option.Number, vote.Objections.Count, reasons)
                );
                EnterPhase(
                    loop with
                    {
                        Vote = null,
                        Undo = [],
                    },
                    settings.OnRejected,
                    Languages.Why.ObjectionRaised,
                    undecided: true
                );
                return;
            }
            Decide(loop, option, Languages.Phrases.AdoptedByConsent(vote.Ballots.Count, why));
            return;
        }
        var counts = VoteView.Counts(loop);
        var best = counts.Max();
        var winners = Enumerable.Range(1, counts.Length).Where(n => counts[n - 1] == best).ToList();
        var winner = loop.Options[winners[0] - 1];
        if (winners.Count > 1)
            Say(
                loop,
                w =>
                    w.Tied(
                        w.JoinAnd([
                            .. winners.Select(n => n.ToString(CultureInfo.InvariantCulture)),
                        ]),
                        loop.No,
                        best,
                        winner.Number
                    )
            );
        Decide(
            loop,
            winner,
            Languages.Phrases.WonVote(best, turnout, winners.Count > 1 ? winners : [], why)
        );
    }

    private void Decide(LoopState loop, LoopOption winner, Phrase detail)
    {
        RecordBot(
            loop,
            ReceiptKind.Decision,
            Languages.Phrases.Decided(winner.Number, winner.Text, detail)
        );
        loop = loop with { Decision = winner.Text, Vote = null, Undo = [] };
        Put(loop);
        var flow = FlowOf(loop);
        Say(
            loop,
            w =>
                Texts.Template(
                    w,
                    flow,
                    "decision",
                    w.Decision(loop.No, winner.Text),
                    ("loop", loop.No.ToString(CultureInfo.InvariantCulture)),
                    ("ask", loop.Ask),
                    ("decision", winner.Text)
                )
        );
        if (loop.AskedPrivately)
            Dm(loop.Asker, w => w.DecisionOnYourAsk(loop.No, winner.Text), fallbackToGroup: false);
        EnterPhase(loop, NextPhaseId(loop), Languages.Why.Decided);
    }
}
