namespace CivBot.Core.Engine;

using System.Globalization;
using System.Text;
using CivBot.Core.Flows;
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

    public static Reply Render(
        LoopState loop,
        VoteSettings settings,
        int eligible,
        DateTimeOffset now,
        TimeZoneInfo zone,
        bool closed = false
    )
    {
        var vote = loop.Vote!;
        var counts = Counts(loop);
        var sb = new StringBuilder();
        sb.Append(closed ? "🗳 Vote closed on #" : "🗳 Vote on #")
            .Append(loop.No)
            .Append(" (")
            .Append(Texts.VoteKindName(vote.Kind))
            .Append(')');
        if (!closed)
            sb.Append(", closes ").Append(Texts.When(vote.Deadline, now, zone));
        sb.Append(": ").Append(Texts.Short(loop.Ask, 80)).Append('\n');
        var buttons = new List<ReplyButton>();
        if (vote.Kind == VoteKind.Consent)
        {
            var option = loop.Options[vote.ConsentOption!.Value - 1];
            sb.Append("Proposal: ").Append(option.Text).Append('\n');
            sb.Append("✅ ")
                .Append(vote.Ballots.Count)
                .Append(" consent · ✋ ")
                .Append(vote.Objections.Count)
                .Append(" object");
            if (!closed)
            {
                sb.Append(" · it passes unless someone objects: /object #")
                    .Append(loop.No)
                    .Append(" <reason>");
                buttons.Add(new ReplyButton("✅ Consent", $"v:{loop.No}:{option.Number}"));
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
            sb.Append(vote.Ballots.Count)
                .Append(" of ")
                .Append(eligible)
                .Append(" voted · quorum ")
                .Append(settings.Quorum.Required(eligible));
            if (!closed)
                sb.Append(
                    vote.Kind == VoteKind.Approval
                        ? $" · approve any you can live with: /vote #{loop.No} 1 3"
                        : $" · /vote #{loop.No} <number>"
                );
        }
        var fallback =
            vote.Kind == VoteKind.Consent
                ? $"Reply {vote.ConsentOption} to consent"
                : $"Reply {Texts.JoinOr(loop.Options.Select(o => o.Number.ToString(CultureInfo.InvariantCulture)).ToList())}";
        return new Reply(sb.ToString().TrimEnd(), buttons, closed ? null : fallback);
    }

    /// <summary>The short form for people following privately (an SMS asker): options and how to reply.</summary>
    public static Reply RenderPrivate(
        LoopState loop,
        VoteSettings settings,
        DateTimeOffset now,
        TimeZoneInfo zone
    )
    {
        var sb = new StringBuilder();
        sb.Append("Vote on your ask #")
            .Append(loop.No)
            .Append(", closes ")
            .Append(Texts.When(loop.Vote!.Deadline, now, zone))
            .Append(":\n");
        foreach (var o in loop.Options)
            sb.Append(o.Number).Append(") ").Append(o.Text).Append('\n');
        sb.Append(
            settings.Kind switch
            {
                VoteKind.Approval => "Reply with the numbers you approve, e.g. 1 3",
                VoteKind.Consent =>
                    $"Reply {loop.Vote.ConsentOption} to consent, or \"object <reason>\"",
                _ =>
                    $"Reply {Texts.JoinOr(loop.Options.Select(o => o.Number.ToString(CultureInfo.InvariantCulture)).ToList())}",
            }
        );
        return Reply.Plain(sb.ToString());
    }
}
