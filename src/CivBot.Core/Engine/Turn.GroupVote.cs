namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Privacy;
using CivBot.Core.Receipts;

/// <summary>
/// Group-level consent votes, one mechanism for every subject (<see cref="GroupVoteSubject"/>): opening one records a
/// vote receipt and sets a timer; it passes when the consent window closes unless someone objects with
/// <c>/object &lt;subject&gt; &lt;reason&gt;</c>. Both outcomes are decision receipts.
/// </summary>
internal sealed partial class Turn
{
    private GroupVote? GroupVoteOn(GroupVoteSubject subject) =>
        subject == GroupVoteSubject.Publish ? State.Publishing : State.Ai?.Vote;

    private void SetGroupVote(GroupVoteSubject subject, GroupVote? vote, int? serial = null) =>
        State =
            subject == GroupVoteSubject.Publish
                ? State with
                {
                    Publishing = vote,
                    PublishSerial = serial ?? State.PublishSerial,
                }
                : State with
                {
                    Ai = (State.Ai ?? AiState.Off) with
                    {
                        Vote = vote,
                        VoteSerial = serial ?? (State.Ai?.VoteSerial ?? 0),
                    },
                };

    /// <summary>Opens a consent vote on <paramref name="what"/> ("publish this group's receipts…"), a phrase each reader sees in their language.</summary>
    /// <param name="why">One sentence on what passing would mean, said when the vote opens.</param>
    private void OpenGroupVote(
        GroupVoteSubject subject,
        Phrase what,
        Func<Languages.Words, string> why,
        string? slug = null,
        bool evidence = false
    )
    {
        var deadline = now + PublishWindow();
        var serial =
            (subject == GroupVoteSubject.Publish ? State.PublishSerial : State.Ai?.VoteSerial ?? 0)
            + 1;
        SetGroupVote(
            subject,
            new GroupVote(
                Me,
                slug,
                evidence,
                deadline,
                serial,
                ImmutableDictionary<Model.MemberId, string>.Empty,
                subject
            ),
            serial
        );
        Record(null, ReceiptKind.VoteOpened, MyHandle, Languages.Phrases.GroupVoteOpened(what));
        Emit(new ScheduleTimer(new TimerSpec(deadline, DeadlineOf(subject), 0, serial)));
        Say(
            null,
            w =>
                w.GroupVoteOpened(
                    MyHandle,
                    Languages.Phrases.Render(w, what),
                    why(w),
                    At(deadline),
                    Word(w, subject)
                )
        );
    }

    /// <summary>
    /// An objection to an open group vote: <c>/object publish|ai &lt;reason&gt;</c>, or a bare /object when exactly one
    /// group vote is open and no loop holds a consent vote.
    /// </summary>
    private bool ObjectsToGroupVote(ParsedCommand cmd)
    {
        if (cmd.Loop is not null)
            return false;
        var open = Enum.GetValues<GroupVoteSubject>()
            .Where(s => GroupVoteOn(s) is not null)
            .ToList();
        if (open.Count == 0)
            return false;
        var reason = cmd.Args.Trim();
        var first = reason.Split(' ', 2)[0];
        GroupVoteSubject? named = Enum.GetValues<GroupVoteSubject>()
            .Where(s => Languages.Words.Means(first, w => Word(w, s)))
            .Select(s => (GroupVoteSubject?)s)
            .FirstOrDefault();
        var loopConsent = State.Loops.Any(l => l.Vote is { Kind: Flows.VoteKind.Consent });
        if (named is { } notOpen && GroupVoteOn(notOpen) is null)
        {
            if (loopConsent)
                return false;
            Tell(w => w.NoGroupVoteOn(notOpen, open[0]));
            return true;
        }
        if (named is null && (open.Count > 1 || loopConsent))
            return false;
        var subject = named ?? open[0];
        if (named is not null)
            reason = reason[first.Length..].Trim();
        if (reason.Length == 0)
        {
            Tell(w => w.GroupObjectionNeedsReason(Word(w, subject)));
            return true;
        }
        var why = PersonalData.Redact(Texts.Short(reason, 200));
        SetGroupVote(subject, null);
        Record(
            null,
            ReceiptKind.Decision,
            MyHandle,
            Languages.Phrases.GroupVoteStopped(subject, MyHandle, why)
        );
        Say(null, w => w.GroupVoteStopped(subject, MyHandle, why));
        return true;
    }

    private void OnGroupVoteDeadline(GroupVoteSubject subject, TimerSpec timer)
    {
        if (GroupVoteOn(subject) is not { } vote || vote.Serial != timer.Epoch)
            return;
        SetGroupVote(subject, null);
        if (subject == GroupVoteSubject.Publish)
            OnPublishPassed(vote);
        else
            OnAiPassed();
    }

    private static TimerKind DeadlineOf(GroupVoteSubject subject) =>
        subject == GroupVoteSubject.Publish ? TimerKind.PublishDeadline : TimerKind.AiVoteDeadline;

    /// <summary>The word that names a group vote after /object: "publish" ("publicar"), "ai".</summary>
    private static string Word(Languages.Words w, GroupVoteSubject subject) =>
        subject == GroupVoteSubject.Publish ? w.PublishWord : w.AiWord;
}
