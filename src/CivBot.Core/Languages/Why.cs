namespace CivBot.Core.Languages;

using CivBot.Core.Receipts;

/// <summary>
/// A phrase inside a message, such as the reason a loop moved on ("the listen deadline passed"), said in each reader's
/// language. It is a <see cref="Receipts.Phrase"/>, so a receipt that carries it (why a loop closed) is read in each
/// reader's language too; a member's own words go inside as a value.
/// </summary>
public sealed class Why
{
    private Why(Phrase phrase) => Phrase = phrase;

    public Phrase Phrase { get; }

    public string In(Words w) => Phrases.Render(w, Phrase);

    public static Why AuditConfirmedBy(string who) => Of("audit-confirmed-by", who);

    public static Why RolledBackAfterAudit { get; } = Of("rolled-back-after-audit");

    public static Why AuditFlaggedToFix { get; } = Of("audit-flagged-to-fix");

    public static Why ClosedPlainly { get; } = Of("closed-plainly");

    public static Why ClosedWithoutDecision { get; } = Of("closed-without-decision");

    public static Why ClosedNoOptions { get; } = Of("closed-no-options");

    public static Why WasWithdrawn { get; } = Of("was-withdrawn");

    public static Why WithdrawnBy(string who, string? reason) =>
        reason is null ? Of("withdrawn-by", who) : Of("withdrawn-by", who, reason);

    public static Why DoneReported { get; } = Of("done-reported");

    public static Why Decided { get; } = Of("decided");

    public static Why MovedOnBy(string who) => Of("moved-on-by", who);

    public static Why PickedAgainBy(string who) => Of("picked-again-by", who);

    public static Why HandedOnBy(string who) => Of("handed-on-by", who);

    public static Why HandedOnLoop(string who, int loop) => Of("handed-on-loop", who, N(loop));

    public static Why AskedForBuilders(string who, bool replacing, int loop) =>
        Of("asked-for-builders", who, replacing ? "1" : "0", N(loop));

    public static Why NobodyClaimed(int loop) => Of("nobody-claimed", N(loop));

    public static Why AuditorDidNotAnswer(string auditor, int reminders) =>
        Of("auditor-did-not-answer", auditor, N(reminders));

    public static Why NotAudited(int asked, string who) => Of("not-audited", N(asked), who);

    public static Why ListenDeadlinePassed { get; } = Of("listen-deadline-passed");

    public static Why CollectionDeadlinePassed { get; } = Of("collection-deadline-passed");

    public static Why NoQuorumReached { get; } = Of("no-quorum-reached");

    public static Why NoOptionsProposed { get; } = Of("no-options-proposed");

    public static Why ObjectionRaised { get; } = Of("objection-raised");

    public static Why NobodyProposedIn(int rounds) => Of("nobody-proposed-in", N(rounds));

    public static Why EveryoneVoted { get; } = Of("everyone-voted");

    public static Why EveryoneResponded { get; } = Of("everyone-responded");

    public static Why VoteDeadlinePassed { get; } = Of("vote-deadline-passed");

    public static Why VoteClosedEarlyBy(string who) => Of("vote-closed-early-by", who);

    public static Why AfterRounds(Why why, int rounds) =>
        new(Phrase.Of("after-rounds", N(rounds)).With(why.Phrase));

    /// <summary>How each reason reads, by key.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<Words, Phrase, string>> Texts =
        new Dictionary<string, Func<Words, Phrase, string>>
        {
            ["audit-confirmed-by"] = (w, p) => w.AuditConfirmedBy(p.Value(0)),
            ["rolled-back-after-audit"] = (w, _) => w.RolledBackAfterAudit,
            ["audit-flagged-to-fix"] = (w, _) => w.AuditFlaggedToFix,
            ["closed-plainly"] = (w, _) => w.ClosedPlainly,
            ["closed-without-decision"] = (w, _) => w.ClosedWithoutDecision,
            ["closed-no-options"] = (w, _) => w.ClosedNoOptions,
            ["was-withdrawn"] = (w, _) => w.WasWithdrawn,
            ["withdrawn-by"] = (w, p) =>
                w.WithdrawnBy(p.Value(0), p.Values.Count > 1 ? p.Value(1) : null),
            ["done-reported"] = (w, _) => w.DoneReported,
            ["decided"] = (w, _) => w.Decided,
            ["moved-on-by"] = (w, p) => w.MovedOnBy(p.Value(0)),
            ["picked-again-by"] = (w, p) => w.PickedAgainBy(p.Value(0)),
            ["handed-on-by"] = (w, p) => w.HandedOnBy(p.Value(0)),
            ["handed-on-loop"] = (w, p) => w.HandedOnLoop(p.Value(0), p.Number(1)),
            ["asked-for-builders"] = (w, p) =>
                w.AskedForBuilders(p.Value(0), p.Flag(1), p.Number(2)),
            ["nobody-claimed"] = (w, p) => w.NobodyClaimed(p.Number(0)),
            ["auditor-did-not-answer"] = (w, p) => w.AuditorDidNotAnswer(p.Value(0), p.Number(1)),
            ["not-audited"] = (w, p) => w.NotAudited(p.Number(0), p.Value(1)),
            ["listen-deadline-passed"] = (w, _) => w.ListenDeadlinePassed,
            ["collection-deadline-passed"] = (w, _) => w.CollectionDeadlinePassed,
            ["no-quorum-reached"] = (w, _) => w.NoQuorumReached,
            ["no-options-proposed"] = (w, _) => w.NoOptionsProposed,
            ["objection-raised"] = (w, _) => w.ObjectionRaised,
            ["nobody-proposed-in"] = (w, p) => w.NobodyProposedIn(p.Number(0)),
            ["everyone-voted"] = (w, _) => w.EveryoneVoted,
            ["everyone-responded"] = (w, _) => w.EveryoneResponded,
            ["vote-deadline-passed"] = (w, _) => w.VoteDeadlinePassed,
            ["vote-closed-early-by"] = (w, p) => w.VoteClosedEarlyBy(p.Value(0)),
            ["after-rounds"] = (w, p) => w.AfterRounds(Phrases.Render(w, p.Part(0)), p.Number(0)),
        };

    private static Why Of(string key, params string[] values) => new(Phrase.Of(key, values));

    private static string N(int n) => Phrases.Number(n);
}
