namespace CivBot.Core.Engine;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CivBot.Core.Ai;
using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Inbound;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;

/// <summary>
/// AI drafts: off until the group turns them on (<c>/ai on</c>, a group consent vote); any steward turns them off at
/// once (<c>/ai off</c>). <c>/draft</c> asks the host for a draft of a loop (<see cref="RequestDraft"/>); the host
/// checks the model's answer and hands it back as a <see cref="DraftBody"/>, which is posted as a draft, never recorded.
/// An option becomes a receipt only when a member adopts it (<c>/propose draft N</c>).
/// </summary>
internal sealed partial class Turn
{
    /// <summary>The per-group rate limit: at most one draft request this often.</summary>
    public static readonly TimeSpan DraftSpacing = TimeSpan.FromMinutes(2);

    /// <summary>A request not answered within this long is taken as lost (the host's time-out is far shorter).</summary>
    private static readonly TimeSpan DraftLostAfter = TimeSpan.FromMinutes(10);

    private string? AiModel => engine.Options.AiModel;

    private void Ai(ParsedCommand cmd)
    {
        if (AiModel is not { } model)
        {
            Tell(w => w.AiNotSetUp);
            return;
        }
        var word = cmd.Args.Trim().ToLowerInvariant();
        if (word == "on")
            AiOn(model);
        else if (word == "off")
            AiOff();
        else
            Tell(w =>
                State.Ai switch
                {
                    { On: true } => w.AiOn(model),
                    { Vote: { } } => w.AiVoteOpen,
                    _ => w.AiOff,
                }
            );
    }

    private void AiOn(string model)
    {
        if (State.Ai is { On: true })
        {
            Tell(w => w.AiAlreadyOn);
            return;
        }
        if (State.Ai?.Vote is { } open)
        {
            Tell(w => w.AiVoteAlreadyOpen(At(open.Deadline)));
            return;
        }
        OpenGroupVote(GroupVoteSubject.Ai, Languages.Phrases.AiVoteWhat(model), w => w.AiVoteWhy);
    }

    private void OnAiPassed()
    {
        State = State with { Ai = (State.Ai ?? AiState.Off) with { On = true } };
        RecordBot(null, ReceiptKind.Decision, Languages.Phrases.AiOn);
        Say(null, w => w.AiTurnedOn);
    }

    private void AiOff()
    {
        if (State.Ai is not { On: true } ai)
        {
            Tell(w => w.AiAlreadyOff);
            return;
        }
        if (
            !input.SenderIsChatAdmin
            && !State.Loops.Any(l => l.Steward == Me)
            && !IsLatestSteward()
        )
        {
            Tell(w => w.OnlyStewardTurnsAiOff);
            return;
        }
        State = State with { Ai = ai with { On = false, Pending = null, Latest = null } };
        Record(null, ReceiptKind.Decision, MyHandleSafe, Languages.Phrases.AiOff);
        Say(null, w => w.AiTurnedOff(MyHandleSafe));
    }

    private void DraftCommand(ParsedCommand cmd)
    {
        if (AiModel is null)
        {
            Tell(w => w.AiNotSetUp);
            return;
        }
        if (State.Ai is not { On: true } ai)
        {
            Tell(w => w.AiOff);
            return;
        }
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        var last = ai.LastRequestAt ?? DateTimeOffset.MinValue;
        if (ai.Pending is { } pending && now - last < DraftLostAfter)
        {
            Tell(w => w.DraftOnItsWay(pending.Loop));
            return;
        }
        if (now - last < DraftSpacing)
        {
            Tell(w => w.DraftTooSoon(At(last + DraftSpacing)));
            return;
        }
        var serial = ai.DraftSerial + 1;
        State = State with
        {
            Ai = ai with
            {
                DraftSerial = serial,
                LastRequestAt = now,
                Pending = new PendingDraft(serial, loop.No, Me),
            },
        };
        Emit(new RequestDraft(serial, FactsOf(loop)));
        Tell(w => w.DraftAsked(loop.No));
    }

    /// <summary>CivBot's own view of the loop: its options with their live counts and what was spent.</summary>
    private static DraftFacts FactsOf(LoopState loop)
    {
        var counts = loop.Vote is null ? new int[loop.Options.Count] : VoteView.Counts(loop);
        return new DraftFacts(
            loop.No,
            loop.Ask,
            [.. loop.Options.Select(o => new DraftTally(o.Number, o.Text, counts[o.Number - 1]))],
            loop.Vote?.Ballots.Count ?? 0,
            loop.Vote is not null,
            LoopSpending.Totals(loop)
        );
    }

    private void OnDraft(DraftBody body)
    {
        if (State.Ai is not { On: true, Pending: { } pending } ai || pending.Serial != body.Serial)
            return; // Late, or AI was turned off meanwhile: nothing to show.
        var loop = State.Loop(pending.Loop);
        if (body.Outcome is not { Failure: DraftFailure.None, Draft: { } draft } || loop is null)
        {
            State = State with { Ai = ai with { Pending = null } };
            if (loop is not null)
                Say(loop, w => w.DraftFailed(loop.No, body.Outcome.Failure));
            return;
        }
        State = State with
        {
            Ai = ai with
            {
                Pending = null,
                Latest = new PostedDraft(
                    body.Serial,
                    loop.No,
                    [.. draft.Options.Select(o => Plain(o.Text))],
                    body.Outcome.Model,
                    body.Outcome.PromptHash
                ),
            },
        };
        SayReply(loop, w => DraftReply(w, loop.No, body.Serial, draft));
    }

    /// <summary><c>/propose draft N</c>: true when the command adopts a draft option (handled here), false for an ordinary option.</summary>
    private bool AdoptsDraft(ParsedCommand cmd)
    {
        var words = cmd.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (
            words.Length != 2
            || !Languages.Words.Means(words[0], w => w.DraftWord)
            || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        )
            return false;
        AdoptDraft(cmd.Loop, State.Ai?.Latest?.Serial, n);
        return true;
    }

    /// <summary>The "Propose this" button: <c>d:&lt;draft&gt;:&lt;option&gt;</c>.</summary>
    private bool OnDraftButton(string[] parts)
    {
        if (
            parts.Length != 3
            || parts[0] != "d"
            || !int.TryParse(parts[1], out var serial)
            || !int.TryParse(parts[2], out var n)
        )
            return false;
        AdoptDraft(null, serial, n);
        return true;
    }

    private void AdoptDraft(int? loopNo, int? serial, int n)
    {
        if (
            State.Ai?.Latest is not { } draft
            || draft.Serial != serial
            || State.Loop(draft.Loop) is null
            || (loopNo is { } l && l != draft.Loop)
        )
        {
            Tell(w =>
                State.Ai?.Latest is { } latest && State.Loop(latest.Loop) is not null
                    ? w.NotTheLatestDraft(latest.Loop)
                    : w.NoDraftToAdopt
            );
            return;
        }
        if (n < 1 || n > draft.Options.Count)
        {
            Tell(w =>
                draft.Options.Count == 0
                    ? w.DraftHasNoOptions
                    : w.DraftOptionsRange(draft.Options.Count)
            );
            return;
        }
        Propose(
            new ParsedCommand("propose", draft.Options[n - 1], draft.Loop),
            new AiProvenance(
                Texts.Short(draft.Model, 60),
                draft.PromptHash[..Math.Min(16, draft.PromptHash.Length)]
            )
        );
    }

    /// <summary>The draft as the group sees it: marked as AI, each sentence with its receipts, options numbered.</summary>
    private static Reply DraftReply(Languages.Words w, int loop, int serial, Draft draft)
    {
        var sb = new StringBuilder();
        sb.Append(w.DraftHead(loop)).Append('\n');
        foreach (var line in draft.Summary)
            sb.Append("• ").Append(WithCites(line)).Append('\n');
        if (draft.Options.Count > 0)
        {
            sb.Append(w.DraftOptions).Append('\n');
            for (var i = 0; i < draft.Options.Count; i++)
                sb.Append($"{i + 1}. ").Append(Plain(draft.Options[i].Text)).Append('\n');
            sb.Append(w.DraftHowToAdopt);
        }
        else
            sb.Append(w.DraftWithoutOptions);
        var buttons = draft
            .Options.Select(
                (_, i) => new ReplyButton(w.ProposeThisButton(i + 1), $"d:{serial}:{i + 1}")
            )
            .ToList();
        return new Reply(sb.ToString(), buttons);
    }

    /// <summary>An option's text as proposed: without any r#N the model wrote into it.</summary>
    private static string Plain(string text) =>
        Spaces().Replace(ReceiptRef().Replace(text, ""), " ").Trim();

    private static string WithCites(DraftLine line) =>
        line.Cites.Count == 0
            ? Plain(line.Text)
            : Plain(line.Text) + " " + string.Join(' ', line.Cites.Select(c => $"r#{c}"));

    [GeneratedRegex(@"\(?\br#\d+\)?", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiptRef();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
