namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Receipts;

public static partial class Phrases
{
    public static Phrase StewardByRotation(string steward, int loop) =>
        Phrase.Of("steward-by-rotation", steward, Number(loop));

    public static Phrase StewardHandedOn(string next, int loop, string by) =>
        Phrase.Of("steward-handed-on", next, Number(loop), by);

    public static Phrase AuditorByRotation(string auditor, int loop) =>
        Phrase.Of("auditor-by-rotation", auditor, Number(loop));

    public static Phrase AuditorBecause(string auditor, int loop, Why why) =>
        Phrase.Of("auditor-because", auditor, Number(loop)).With(why.Phrase);

    public static Phrase BuilderByRotation(string builder, int loop, BuilderReason reason) =>
        Phrase.Of("builder-by-rotation", builder, Number(loop), Code(reason));

    public static Phrase PhaseMoved(int loop, string from, string to) =>
        Phrase.Of("phase-moved", Number(loop), from, to);

    public static Phrase ConsentVoteOpened(
        int option,
        string text,
        DateTimeOffset closes,
        string quorum
    ) =>
        Phrase.Of(
            "consent-vote-opened",
            Number(option),
            text,
            CanonicalJson.FormatTime(closes),
            quorum
        );

    public static Phrase VoteOpened(
        VoteKind kind,
        int options,
        DateTimeOffset closes,
        string quorum
    ) =>
        Phrase.Of(
            "vote-opened",
            Code(kind),
            Number(options),
            CanonicalJson.FormatTime(closes),
            quorum
        );

    /// <summary>What a group vote asks: turning AI drafts on with this model.</summary>
    public static Phrase AiVoteWhat(string model) => Phrase.Of("ai-vote-what", model);

    /// <summary>What a group vote asks: publishing the receipts (at this address, with or without evidence links).</summary>
    public static Phrase PublishWhat(string? slug, bool evidence) =>
        slug is null
            ? Phrase.Of("publish-what", Flag(evidence))
            : Phrase.Of("publish-what", Flag(evidence), slug);

    public static Phrase GroupVoteOpened(Phrase what) => Phrase.Of("group-vote-opened").With(what);

    public static Phrase GroupVoteStopped(GroupVoteSubject subject, string by, string why) =>
        Phrase.Of("group-vote-stopped", Code(subject), by, why);

    public static Phrase RolledBack(string flagged) => Phrase.Of("rolled-back", flagged);

    public static Phrase LoopClosed(
        int loop,
        Why why,
        IReadOnlyDictionary<string, decimal> spent
    ) => Phrase.Of("loop-closed", Number(loop)).With(why.Phrase, Spent(spent));

    public static Phrase LoopClosedUndecided(
        int loop,
        Why how,
        Why why,
        IReadOnlyDictionary<string, decimal> spent
    ) =>
        Phrase.Of("loop-closed-undecided", Number(loop)).With(how.Phrase, why.Phrase, Spent(spent));

    public static Phrase Claimed(string who, int loop) => Phrase.Of("claimed", who, Number(loop));

    public static Phrase AccountsMerged(
        string handle,
        string channel,
        string other,
        string otherChannel
    ) => Phrase.Of("accounts-merged", handle, channel, other, otherChannel);

    public static Phrase AccountsSplit(string handle) => Phrase.Of("accounts-split", handle);

    public static Phrase NoQuorum(int required, int turnout, int eligible, Why why) =>
        Phrase
            .Of("no-quorum", Number(required), Number(turnout), Number(eligible))
            .With(why.Phrase);

    public static Phrase NotAdopted(int option, int objections, string reasons) =>
        Phrase.Of("not-adopted", Number(option), Number(objections), reasons);

    public static Phrase Decided(int option, string text, Phrase detail) =>
        Phrase.Of("decided-option", Number(option), text).With(detail);

    /// <summary>How a consent vote decided: nobody objected.</summary>
    public static Phrase AdoptedByConsent(int consented, Why why) =>
        Phrase.Of("adopted-by-consent", Number(consented)).With(why.Phrase);

    /// <summary>How a vote decided: the most votes, ties broken by proposal order.</summary>
    public static Phrase WonVote(int votes, int turnout, IReadOnlyList<int> tied, Why why) =>
        new(
            "won-vote",
            [Number(votes), Number(turnout), .. tied.Select(n => Number(n))],
            [why.Phrase]
        );

    public const string CheckKey = "check";

    public static Phrase Check(int mine, int quota, string text) =>
        Phrase.Of(CheckKey, Number(mine), Number(quota), text);

    /// <summary>The member's own words in a <see cref="Check"/> phrase, as recorded (phone numbers already taken out).</summary>
    public static string CheckText(Phrase check) => check.Value(2);

    /// <summary>
    /// What a decision receipt chose, without "Decided:" ("option 1, Eve drives (3 of 4 votes; …)") for the kit's
    /// decision line; null when the receipt is not a decision on an option.
    /// </summary>
    public static string? Choice(Words w, Receipt r) =>
        r.Phrase is { Key: "decided-option" } p ? Safely(() => ChoiceText(w, p)) : null;

    private static string ChoiceText(Words w, Phrase p) =>
        w.ChosenOption(p.Number(0), p.Value(1), Render(w, p.Part(0)));

    public static Phrase Linked(string chat, string others, string askedBy, string confirmedBy) =>
        Phrase.Of("linked", chat, others, askedBy, confirmedBy);

    public static Phrase Unlinked(string chat, string by) => Phrase.Of("unlinked", chat, by);

    public static Phrase Undid(Phrase move, long receipt) =>
        Phrase.Of("undid", Number(receipt)).With(move);

    public static Phrase RevertedOption(int option, string by, string text, string why) =>
        Phrase.Of("reverted-option", Number(option), by, text, why);

    /// <summary>A member's move reverted by the steward; <paramref name="by"/> is null when the author is unknown.</summary>
    public static Phrase RevertedMove(Phrase move, string? by, long receipt, string why) =>
        Phrase.Of("reverted-move", Number(receipt), why, by ?? "").With(move);

    /// <summary>A reversible move as undo names it: "a note", "ann's claim".</summary>
    public static Phrase Move(Undoable move, string detail) =>
        Phrase.Of("move", Code(move), detail);

    /// <summary>A spend as undo names it, its amount in the reader's format.</summary>
    public static Phrase SpendMove(decimal amount, string? currency) =>
        currency is null
            ? Phrase.Of("spend-move", AmountText(amount))
            : Phrase.Of("spend-move", AmountText(amount), currency);

    /// <summary>A move to a phase, named by its kind in the reader's language.</summary>
    public static Phrase PhaseMove(PhaseKind kind) => Phrase.Of("phase-move", Code(kind));

    /// <summary>Text shown as it is: a move recorded before moves were typed.</summary>
    public static Phrase Verbatim(string text) => Phrase.Of("verbatim", text);

    public static Phrase RunsOnFlow(string flow) => Phrase.Of("runs-on-flow", flow);

    public static Phrase MovedToFlow(string flow) => Phrase.Of("moved-to-flow", flow);

    public static Phrase DefaultFlow(string flow) => Phrase.Of("default-flow", flow);

    public static Phrase AiOn { get; } = Phrase.Of("ai-on");

    public static Phrase AiOff { get; } = Phrase.Of("ai-off");

    public static Phrase NoOptions { get; } = Phrase.Of("no-options");

    public static Phrase Published(bool evidence) => Phrase.Of("published", Flag(evidence));

    public static Phrase Unpublished { get; } = Phrase.Of("unpublished");

    public static Phrase Option(int option, string text) =>
        Phrase.Of("option", Number(option), text);

    public static Phrase OptionFromDraft(int option, string text, string model, string prompt) =>
        Phrase.Of("option-from-draft", Number(option), text, model, prompt);

    private static readonly IReadOnlyDictionary<string, Func<Words, Phrase, string>> Texts =
        new Dictionary<string, Func<Words, Phrase, string>>
        {
            ["steward-by-rotation"] = (w, p) => w.StewardByRotation(p.Value(0), p.Number(1)),
            ["steward-handed-on"] = (w, p) =>
                w.StewardHandedOnReceipt(p.Value(0), p.Number(1), p.Value(2)),
            ["auditor-by-rotation"] = (w, p) => w.AuditorByRotation(p.Value(0), p.Number(1)),
            ["auditor-because"] = (w, p) =>
                w.AuditorBecause(p.Value(0), p.Number(1), Render(w, p.Part(0))),
            ["builder-by-rotation"] = (w, p) =>
                w.BuilderByRotation(
                    p.Value(0),
                    p.Number(1),
                    w.BuilderReasonName(Parse<BuilderReason>(p.Value(2)))
                ),
            ["phase-moved"] = (w, p) => w.PhaseMovedReceipt(p.Number(0), p.Value(1), p.Value(2)),
            ["consent-vote-opened"] = (w, p) =>
                w.ConsentVoteOpenedReceipt(
                    p.Number(0),
                    p.Value(1),
                    Time(w, p.Value(2)),
                    p.Value(3)
                ),
            ["vote-opened"] = (w, p) =>
                w.VoteOpenedReceipt(
                    Parse<VoteKind>(p.Value(0)),
                    p.Number(1),
                    Time(w, p.Value(2)),
                    p.Value(3)
                ),
            ["ai-vote-what"] = (w, p) => w.AiVoteWhat(p.Value(0)),
            ["publish-what"] = (w, p) =>
                w.PublishWhat(p.Values.Count > 1 ? p.Value(1) : null, p.Flag(0)),
            ["group-vote-opened"] = (w, p) => w.GroupVoteOpenedReceipt(Render(w, p.Part(0))),
            ["group-vote-stopped"] = (w, p) =>
                w.GroupVoteStoppedReceipt(
                    w.GroupVoteKept(Parse<GroupVoteSubject>(p.Value(0))),
                    p.Value(1),
                    p.Value(2)
                ),
            ["rolled-back"] = (w, p) => w.RolledBackReceipt(p.Value(0)),
            ["loop-closed"] = (w, p) =>
                w.LoopClosedReceipt(
                    p.Number(0),
                    Render(w, p.Part(0)),
                    SpentText(w, p.OptionalPart(1))
                ),
            ["loop-closed-undecided"] = (w, p) =>
                w.LoopClosedUndecidedReceipt(
                    p.Number(0),
                    Render(w, p.Part(0)),
                    Render(w, p.Part(1)),
                    SpentText(w, p.OptionalPart(2))
                ),
            ["claimed"] = (w, p) => w.ClaimedReceipt(p.Value(0), p.Number(1)),
            ["accounts-merged"] = (w, p) =>
                w.AccountsMergedReceipt(p.Value(0), p.Value(1), p.Value(2), p.Value(3)),
            ["accounts-split"] = (w, p) => w.AccountsSplitReceipt(p.Value(0)),
            ["no-quorum"] = (w, p) =>
                w.NoQuorumReceipt(p.Number(0), p.Number(1), p.Number(2), Render(w, p.Part(0))),
            ["not-adopted"] = (w, p) => w.NotAdoptedReceipt(p.Number(0), p.Number(1), p.Value(2)),
            ["decided-option"] = (w, p) => w.DecidedReceipt(ChoiceText(w, p)),
            ["adopted-by-consent"] = (w, p) =>
                w.AdoptedByConsent(p.Number(0), Render(w, p.Part(0))),
            ["won-vote"] = (w, p) =>
                w.WonVote(
                    p.Number(0),
                    p.Number(1),
                    p.Values.Count > 2 ? w.JoinAnd([.. p.Values.Skip(2)]) : null,
                    Render(w, p.Part(0))
                ),
            [CheckKey] = (w, p) => w.CheckReceipt(p.Number(0), p.Number(1), p.Value(2)),
            ["linked"] = (w, p) => w.LinkedReceipt(p.Value(0), p.Value(1), p.Value(2), p.Value(3)),
            ["unlinked"] = (w, p) => w.UnlinkedReceipt(p.Value(0), p.Value(1)),
            ["undid"] = (w, p) => w.UndidReceipt(Render(w, p.Part(0)), p.Long(0)),
            ["reverted-option"] = (w, p) =>
                w.RevertedOptionReceipt(p.Number(0), p.Value(1), p.Value(2), p.Value(3)),
            ["reverted-move"] = (w, p) =>
                w.RevertedMoveReceipt(
                    Render(w, p.Part(0)),
                    p.Value(2).Length > 0 ? p.Value(2) : w.Someone,
                    p.Long(0),
                    p.Value(1)
                ),
            ["move"] = (w, p) => w.MoveName(Parse<Undoable>(p.Value(0)), p.Value(1)),
            ["spend-move"] = (w, p) =>
                w.MoveName(
                    Undoable.Spend,
                    w.Amount(p.Decimal(0), p.Values.Count > 1 ? p.Value(1) : null)
                ),
            ["phase-move"] = (w, p) =>
                w.MoveName(Undoable.PhaseMove, w.PhaseName(Parse<PhaseKind>(p.Value(0)))),
            ["verbatim"] = (_, p) => p.Value(0),
            ["runs-on-flow"] = (w, p) => w.RunsOnFlowReceipt(p.Value(0)),
            ["moved-to-flow"] = (w, p) => w.MovedToFlowReceipt(p.Value(0)),
            ["default-flow"] = (w, p) => w.DefaultFlowReceipt(p.Value(0)),
            ["ai-on"] = (w, _) => w.AiOnReceipt,
            ["ai-off"] = (w, _) => w.AiOffReceipt,
            ["no-options"] = (w, _) => w.NoOptionsReceipt,
            ["published"] = (w, p) => w.PublishedReceipt(p.Flag(0)),
            ["unpublished"] = (w, _) => w.UnpublishedReceipt,
            ["option"] = (w, p) => w.OptionReceipt(p.Number(0), p.Value(1)),
            ["option-from-draft"] = (w, p) =>
                w.OptionFromDraftReceipt(p.Number(0), p.Value(1), p.Value(2), p.Value(3)),
            ["spent"] = (w, p) => SpentText(w, p)!,
        };

    /// <summary>What a loop spent, per currency, as a part: the currency then the amount for each.</summary>
    private static Phrase? Spent(IReadOnlyDictionary<string, decimal> totals) =>
        totals.Count == 0
            ? null
            : new Phrase(
                "spent",
                [
                    .. totals
                        .OrderBy(t => t.Key, StringComparer.Ordinal)
                        .SelectMany(t => new[] { t.Key, AmountText(t.Value) }),
                ],
                []
            );

    private static string? SpentText(Words w, Phrase? spent) =>
        spent is null
            ? null
            : w.Totals(
                Enumerable
                    .Range(0, spent.Values.Count / 2)
                    .Select(i => new KeyValuePair<string, decimal>(
                        spent.Value(2 * i),
                        spent.Decimal(2 * i + 1)
                    ))
            );

    private static string Flag(bool on) => on ? "1" : "0";

    /// <summary>A time kept in the canonical form (UTC), as the reader's receipt lines show times: "Nov 29 20:47".</summary>
    private static string Time(Words w, string canonical) =>
        w.ReceiptTime(
            DateTimeOffset.Parse(
                canonical,
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal
            )
        );

    /// <summary>Amounts keep their scale ("12.50"), as on the receipt itself.</summary>
    private static string AmountText(decimal amount) =>
        amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
