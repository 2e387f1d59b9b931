namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Flows;
using CivBot.Core.Privacy;
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
        var deadline = now + PublishWindow();
        var serial = State.PublishSerial + 1;
        State = State with
        {
            Publishing = new PublishVote(
                Me,
                slug,
                evidence,
                deadline,
                serial,
                ImmutableDictionary<Model.MemberId, string>.Empty
            ),
            PublishSerial = serial,
        };
        var what =
            $"publish this group's receipts on a public web page{(slug is null ? " at an unguessable address" : $" at /g/{slug}")}, {(evidence ? "with" : "without")} evidence links; handles only, never phone numbers";
        Record(null, ReceiptKind.VoteOpened, MyHandle, $"Consent vote: {what}.");
        Emit(new ScheduleTimer(new TimerSpec(deadline, TimerKind.PublishDeadline, 0, serial)));
        Say(
            null,
            $"🗳 {MyHandle} proposes to {what}. Anyone can then check the receipts from a browser. It passes {When(deadline)} unless someone objects: /object publish <reason>."
        );
    }

    /// <summary>An objection to the open publish vote: <c>/object publish &lt;reason&gt;</c>, or a bare /object when no loop holds a consent vote.</summary>
    private bool ObjectsToPublishing(ParsedCommand cmd)
    {
        if (State.Publishing is not { } vote || cmd.Loop is not null)
            return false;
        var reason = cmd.Args.Trim();
        var explicitly = reason.StartsWith("publish", StringComparison.OrdinalIgnoreCase);
        if (!explicitly && State.Loops.Any(l => l.Vote is { Kind: VoteKind.Consent }))
            return false;
        if (explicitly)
            reason = reason["publish".Length..].Trim();
        if (reason.Length == 0)
        {
            Tell("Please give a reason, so the group can address it: /object publish <reason>.");
            return true;
        }
        var why = PersonalData.Redact(Texts.Short(reason, 200));
        State = State with { Publishing = null };
        Record(
            null,
            ReceiptKind.Decision,
            MyHandle,
            $"Decided: the receipts stay private ({MyHandle} objected: {why})."
        );
        Say(
            null,
            $"The receipts stay private: {MyHandle} objected ({why}). Anyone can propose it again later with /publish."
        );
        return true;
    }

    private void OnPublishDeadline(TimerSpec timer)
    {
        if (State.Publishing is not { } vote || vote.Serial != timer.Epoch)
            return;
        State = State with { Publishing = null, Published = true };
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
