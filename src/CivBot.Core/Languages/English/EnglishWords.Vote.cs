namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string Deed(Deed deed) =>
        deed switch
        {
            Languages.Deed.AddToIt => "add to it",
            Languages.Deed.ProposeOptions => "propose options",
            Languages.Deed.ProposingOptions => "proposing options",
            Languages.Deed.OpenTheVote => "open the vote",
            Languages.Deed.TheVote => "the vote",
            Languages.Deed.Vote => "vote",
            Languages.Deed.Object => "object",
            Languages.Deed.ClaimTheWork => "claim the work",
            Languages.Deed.ClaimingTheWork => "claiming the work",
            Languages.Deed.RecordSpends => "record spends",
            Languages.Deed.RecordingSpends => "recording spends",
            Languages.Deed.ReportItDone => "report it done",
            Languages.Deed.ReportingDone => "reporting done",
            Languages.Deed.AuditIt => "audit it",
            Languages.Deed.Auditing => "auditing",
            Languages.Deed.SendChecks => "send checks",
            Languages.Deed.SendingChecks => "sending checks",
            Languages.Deed.MoveItAlong => "move it along",
            Languages.Deed.RevertSomeonesOption => "revert someone else's option",
            Languages.Deed.RevertSomeonesMove => "revert someone else's move",
            _ => deed.ToString(),
        };

    public override string OptedOutCannotTakePart =>
        "You opted out of this group, so you can't take part right now. /optin group brings you back.";

    public override string OnlyThey(string who, Deed deed, int loop) =>
        $"Only {who} can {Deed(deed)} on #{loop}. /roles shows who holds what.";

    public override string WrongPhase(int loop, PhaseKind now, Deed deed, string phases) =>
        $"#{loop} is in {PhaseName(now)} now, and {Deed(deed)} belongs to {phases}. {WhatNow(now)}";

    public override string VoteNotOpenYet(
        int loop,
        string opener,
        Moment? opensBySelf,
        string? numbers
    ) =>
        $"The vote on #{loop} isn't open yet: {opener} opens it when the options are in"
        + (opensBySelf is { } m ? $" (or it opens by itself {When(m)})" : "")
        + (
            numbers is not null
                ? $". Then send /vote #{loop} {numbers} again"
                : $". Then vote with /vote #{loop} <number>"
        )
        + "; I'll post the ballot here.";

    public override string VoteOnceOpen(int loop) =>
        $"(Once it is open, vote with /vote #{loop} <number>.)";

    public override string NothingToVoteOn(int loop) =>
        $"There is nothing to vote on yet. Members propose options with /propose #{loop} <option>.";

    public override string ConsentNeedsOne(int loop, int options) =>
        $"A consent vote decides one proposal, and #{loop} has {options}. Name it: /vote #{loop} <option number>.";

    public override string NotAnOption(string what, int loop) =>
        $"\"{what}\" isn't an option on #{loop}.";

    public override string SingleChoiceOnly(int loop, int first) =>
        $"This is a single-choice vote: pick one, e.g. /vote #{loop} {first}.";

    public override string ConsentOnlyAbout(int loop, int option) =>
        $"This consent vote is only about option {option}. Consent with /vote #{loop} {option}, or object with /object #{loop} <reason>.";

    public override string VoteRecorded(bool changed, int loop, string chosen, Moment closes) =>
        $"{(changed ? "Changed" : "Got")} your vote on #{loop}: {chosen}. You can change it until the vote closes {When(closes)}.";

    public override string NoConsentVote(int loop) =>
        $"There is no consent vote open on #{loop}. You can say what worries you with /add #{loop} <your concern>.";

    public override string NotAConsentVote(int loop, VoteKind kind) =>
        $"The vote on #{loop} is a {VoteKindName(kind)} vote: vote for the option you prefer with /vote #{loop} <number>.";

    public override string ObjectionNeedsReason(int loop) =>
        $"Please give a reason, so the group can address it: /object #{loop} <reason>.";

    public override string Objects(string who, int option, int loop, string reason) =>
        $"✋ {who} objects to option {option} on #{loop}: {reason}. Can the group address it before the window closes?";

    public override string ObjectionRecorded(int option, int loop) =>
        $"Your objection to option {option} on #{loop} is recorded. You can withdraw it by consenting with /vote #{loop} {option} before the window closes.";

    public override string NoQuorum(int loop, int turnout, int required) =>
        $"The vote on #{loop} did not reach quorum ({turnout} of the {required} needed).";

    public override string Tied(string options, int loop, int votes, int winner) =>
        $"⚖️ Options {options} on #{loop} tied with {Engine.Texts.Count(votes, "vote", "votes")} each. Ties go to the option proposed first, so option {winner} wins.";

    public override string Decision(int loop, string decision) =>
        $"Decision on #{loop}: {decision}";

    public override string DecisionOnYourAsk(int loop, string decision) =>
        $"Decision on your ask #{loop}: {decision}";

    public override string VoteHeader(bool closed, int loop, VoteKind kind, Moment? closes) =>
        $"{(closed ? "🗳 Vote closed on #" : "🗳 Vote on #")}{loop} ({VoteKindName(kind)})"
        + (closes is { } m ? $", closes {When(m)}" : "");

    public override string Proposal => "Proposal";

    public override string ConsentTally(int consent, int objections) =>
        $"✅ {consent} consent · ✋ {objections} object";

    public override string PassesUnlessObjection(int loop) =>
        $" · it passes unless someone objects: /object #{loop} <reason>";

    public override string ConsentButton => "✅ Consent";

    public override string Turnout(int voted, int eligible, int quorum) =>
        $"{voted} of {eligible} voted · quorum {quorum}";

    public override string ApproveHint(int loop) =>
        $" · approve any you can live with: /vote #{loop} 1 3";

    public override string SingleHint(int loop) => $" · /vote #{loop} <number>";

    public override string ReplyToConsent(int option) => $"Reply {option} to consent";

    public override string ReplyWith(string numbers) => $"Reply {numbers}";

    public override string VoteOnYourAsk(int loop, Moment closes) =>
        $"Vote on your ask #{loop}, closes {When(closes)}:";

    public override string ReplyApprove => "Reply with the numbers you approve, e.g. 1 3";

    public override string ReplyConsentOrObject(int option) =>
        $"Reply {option} to consent, or \"object <reason>\"";
}
