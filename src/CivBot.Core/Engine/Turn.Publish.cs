namespace CivBot.Core.Engine;

using System.Text.RegularExpressions;
using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Flows;
using CivBot.Core.Receipts;

/// <summary>
/// The public receipts page is the group's choice: <c>/publish</c> opens a consent vote (it passes unless someone
/// objects within the flow's consent window, 24 h by default); <c>/unpublish</c> by a steward takes it down at once.
/// Both leave receipts (group-level decisions).
/// </summary>
internal sealed partial class Turn
{
    private static readonly TimeSpan DefaultPublishWindow = TimeSpan.FromHours(24);

    private void Publish(ParsedCommand cmd)
    {
        if (State.Published)
        {
            Tell(w => w.AlreadyPublished);
            return;
        }
        if (State.Publishing is { } open)
        {
            Tell(w => w.PublishVoteAlreadyOpen(At(open.Deadline)));
            return;
        }
        string? slug = null;
        var evidence = false;
        foreach (var word in cmd.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Languages.Words.Means(word, w => w.EvidenceWord))
                evidence = true;
            else if (Slug().IsMatch(word))
                slug = word.ToLowerInvariant();
            else
            {
                Tell(w => w.PublishUsage);
                return;
            }
        }
        OpenGroupVote(
            GroupVoteSubject.Publish,
            Languages.Phrases.PublishWhat(slug, evidence),
            w => w.PublishWhy,
            slug,
            evidence
        );
    }

    private void OnPublishPassed(GroupVote vote)
    {
        State = State with { Published = true };
        RecordBot(null, ReceiptKind.Decision, Languages.Phrases.Published(vote.ShowEvidence));
        Emit(new SetPublication(new GroupAudience(), true, vote.Slug, vote.ShowEvidence));
    }

    private void Unpublish()
    {
        if (!State.Published)
        {
            Tell(w => w.NotPublished);
            return;
        }
        if (
            !input.SenderIsChatAdmin
            && !State.Loops.Any(l => l.Steward == Me)
            && !IsLatestSteward()
        )
        {
            Tell(w => w.OnlyStewardUnpublishes);
            return;
        }
        State = State with { Published = false };
        Record(null, ReceiptKind.Decision, MyHandleSafe, Languages.Phrases.Unpublished);
        Emit(new SetPublication(new GroupAudience(), false, null, false));
        Say(null, w => w.Unpublished(MyHandleSafe));
    }

    // With no open loop there is no sitting steward: whoever was picked steward most recently may act.
    private bool IsLatestSteward()
    {
        if (State.Loops.Count > 0)
            return false;
        var latest = State
            .Members.Where(m => m.LastServedAs(Model.Role.Steward) >= 0)
            .OrderByDescending(m => m.LastServedAs(Model.Role.Steward))
            .FirstOrDefault();
        return latest?.Id == Me;
    }

    private TimeSpan PublishWindow() =>
        engine
            .Flows.Current(State.FlowId)
            ?.Phases.Select(p => p.Vote)
            .FirstOrDefault(v => v is { Kind: VoteKind.Consent })
            ?.Duration
        ?? DefaultPublishWindow;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,39}$")]
    private static partial Regex Slug();
}
