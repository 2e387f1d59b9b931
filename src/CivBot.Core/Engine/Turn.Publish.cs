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
            Tell(
                "The receipts are already public. To change the address or the evidence setting, a steward takes the page down with /unpublish, then /publish again."
            );
            return;
        }
        if (State.Publishing is { } open)
        {
            Tell(
                $"A vote on publishing is already open; it passes {When(open.Deadline)} unless someone objects with /object publish <reason>."
            );
            return;
        }
        string? slug = null;
        var evidence = false;
        foreach (var word in cmd.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("evidence", StringComparison.OrdinalIgnoreCase))
                evidence = true;
            else if (Slug().IsMatch(word))
                slug = word.ToLowerInvariant();
            else
            {
                Tell(
                    "Usage: /publish [name] [evidence]. The name (3–40 of a-z, 0-9 and -) makes the address readable; without it the address is unguessable. \"evidence\" publishes evidence links too."
                );
                return;
            }
        }
        OpenGroupVote(
            GroupVoteSubject.Publish,
            $"publish this group's receipts on a public web page{(slug is null ? " at an unguessable address" : $" at /g/{slug}")}, {(evidence ? "with" : "without")} evidence links; handles only, never phone numbers",
            "Anyone can then check the receipts from a browser.",
            slug,
            evidence
        );
    }

    private void OnPublishPassed(GroupVote vote)
    {
        State = State with { Published = true };
        Record(
            null,
            ReceiptKind.Decision,
            "CivBot",
            $"Decided: publish the receipts{(vote.ShowEvidence ? " with evidence links" : "")} (no objection within the consent window)."
        );
        Emit(new SetPublication(new GroupAudience(), true, vote.Slug, vote.ShowEvidence));
    }

    private void Unpublish()
    {
        if (!State.Published)
        {
            Tell("The receipts are not published, so there is nothing to take down.");
            return;
        }
        if (
            !input.SenderIsChatAdmin
            && !State.Loops.Any(l => l.Steward == Me)
            && !IsLatestSteward()
        )
        {
            Tell(
                "Only a steward or a chat admin can take the page down (a steward of an open loop, or the latest one when none is open)."
            );
            return;
        }
        State = State with { Published = false };
        Record(
            null,
            ReceiptKind.Decision,
            MyHandleSafe,
            "Decided: take the public receipts page down."
        );
        Emit(new SetPublication(new GroupAudience(), false, null, false));
        Say(null, $"{MyHandleSafe} took the public receipts page down. It is gone now.");
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
