namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

/// <summary>Permissions, phases, and the vote: opening, ballots, objections, the tally and the decision.</summary>
public abstract partial class Words
{
    public abstract string Deed(Deed deed);

    public abstract string OptedOutCannotTakePart { get; }

    /// <summary>"Only the steward (Ann) can open the vote on #1."</summary>
    public abstract string OnlyThey(string who, Deed deed, int loop);

    /// <summary>"#1 is in Do now, and the vote belongs to Listen or Deliberate."</summary>
    public abstract string WrongPhase(int loop, PhaseKind now, Deed deed, string phases);

    public abstract string VoteNotOpenYet(
        int loop,
        string opener,
        Moment? opensBySelf,
        string? numbers
    );

    public abstract string VoteOnceOpen(int loop);

    public abstract string NothingToVoteOn(int loop);

    public abstract string ConsentNeedsOne(int loop, int options);

    public abstract string NotAnOption(string what, int loop);

    public abstract string SingleChoiceOnly(int loop, int first);

    public abstract string ConsentOnlyAbout(int loop, int option);

    public abstract string VoteRecorded(bool changed, int loop, string chosen, Moment closes);

    public abstract string NoConsentVote(int loop);

    public abstract string NotAConsentVote(int loop, VoteKind kind);

    public abstract string ObjectionNeedsReason(int loop);

    public abstract string Objects(string who, int option, int loop, string reason);

    public abstract string ObjectionRecorded(int option, int loop);

    public abstract string NoQuorum(int loop, int turnout, int required);

    public abstract string Tied(string options, int loop, int votes, int winner);

    public abstract string Decision(int loop, string decision);

    public abstract string DecisionOnYourAsk(int loop, string decision);

    // ---- The vote message ----

    public abstract string VoteHeader(bool closed, int loop, VoteKind kind, Moment? closes);

    public abstract string Proposal { get; }

    public abstract string ConsentTally(int consent, int objections);

    public abstract string PassesUnlessObjection(int loop);

    public abstract string ConsentButton { get; }

    public abstract string Turnout(int voted, int eligible, int quorum);

    public abstract string ApproveHint(int loop);

    public abstract string SingleHint(int loop);

    public abstract string ReplyToConsent(int option);

    public abstract string ReplyWith(string numbers);

    public abstract string VoteOnYourAsk(int loop, Moment closes);

    public abstract string ReplyApprove { get; }

    public abstract string ReplyConsentOrObject(int option);
}
