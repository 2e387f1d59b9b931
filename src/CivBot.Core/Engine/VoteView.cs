namespace CivBot.Core.Engine;

using System.Globalization;
using System.Text;
using CivBot.Core.Flows;
using CivBot.Core.Languages;
using CivBot.Core.Replies;

/// <summary>The vote message with its live tally; channels that can edit it in place do so under <see cref="EditKey"/>.</summary>
internal static class VoteView
{
    public static string EditKey(LoopState loop) =>
        $"vote:{loop.No}:{loop.Vote?.OpenedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";

    public static int[] Counts(LoopState loop)
    {
        var counts = new int[loop.Options.Count];
        foreach (var ballot in loop.Vote!.Ballots.Values)
        {
            foreach (var n in ballot)
                counts[n - 1]++;
        }
        return counts;
    }

    /// <param name="closes">The vote's deadline, or null once it has closed.</param>
    public static Reply Render(
        Words w,
        LoopState loop,
        VoteSettings settings,
        int eligible,
        Moment? closes
    )
    {
        var closed = closes is null;
        var vote = loop.Vote!;
        var counts = Counts(loop);
        var sb = new StringBuilder();
        sb.Append(w.VoteHeader(closed, loop.No, vote.Kind, closes))
            .Append(": ")
            .Append(Texts.Short(loop.Ask, 80))
            .Append('\n');
        var buttons = new List<ReplyButton>();
        if (vote.Kind == VoteKind.Consent)
        {
            var option = loop.Options[vote.ConsentOption!.Value - 1];
            sb.Append(w.Proposal).Append(": ").Append(option.Text).Append('\n');
            sb.Append(w.ConsentTally(vote.Ballots.Count, vote.Objections.Count));
            if (!closed)
            {
                sb.Append(w.PassesUnlessObjection(loop.No));
                buttons.Add(new ReplyButton(w.ConsentButton, $"v:{loop.No}:{option.Number}"));
            }
        }
        else
        {
            foreach (var o in loop.Options)
            {
                sb.Append(o.Number)
                    .Append(") ")
                    .Append(o.Text)
                    .Append(" — ")
                    .Append(counts[o.Number - 1])
                    .Append('\n');
                if (!closed)
                    buttons.Add(
                        new ReplyButton(
                            $"{o.Number}) {Texts.Short(o.Text, 40)}",
                            $"v:{loop.No}:{o.Number}"
                        )
                    );
            }
            sb.Append(w.Turnout(vote.Ballots.Count, eligible, settings.Quorum.Required(eligible)));
            if (!closed)
                sb.Append(
                    vote.Kind == VoteKind.Approval ? w.ApproveHint(loop.No) : w.SingleHint(loop.No)
                );
        }
        var fallback =
            vote.Kind == VoteKind.Consent
                ? w.ReplyToConsent(vote.ConsentOption!.Value)
                : w.ReplyWith(w.JoinOr(Numbers(loop)));
        return new Reply(sb.ToString().TrimEnd(), buttons, closed ? null : fallback);
    }

    private static List<string> Numbers(LoopState loop) =>
        [.. loop.Options.Select(o => o.Number.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The short form for people following privately (an SMS asker): options and how to reply.</summary>
    public static Reply RenderPrivate(Words w, LoopState loop, VoteSettings settings, Moment closes)
    {
        var sb = new StringBuilder();
        sb.Append(w.VoteOnYourAsk(loop.No, closes)).Append('\n');
        foreach (var o in loop.Options)
            sb.Append(o.Number).Append(") ").Append(o.Text).Append('\n');
        sb.Append(
            settings.Kind switch
            {
                VoteKind.Approval => w.ReplyApprove,
                VoteKind.Consent => w.ReplyConsentOrObject(loop.Vote!.ConsentOption!.Value),
                _ => w.ReplyWith(w.JoinOr(Numbers(loop))),
            }
        );
        return Reply.Plain(sb.ToString());
    }
}
