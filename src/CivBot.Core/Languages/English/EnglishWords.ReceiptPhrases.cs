namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string StewardByRotation(string steward, int loop) =>
        $"{steward} is steward of #{loop} (rotation)";

    public override string StewardHandedOnReceipt(string next, int loop, string by) =>
        $"{next} is steward of #{loop} (rotation: {by} handed it on)";

    public override string AuditorByRotation(string auditor, int loop) =>
        $"{auditor} is auditor of #{loop} (rotation)";

    public override string AuditorBecause(string auditor, int loop, string why) =>
        $"{auditor} is auditor of #{loop} ({why})";

    public override string BuilderByRotation(string builder, int loop, string why) =>
        $"{builder} is builder of #{loop} (rotation: {why})";

    public override string BuilderReasonName(BuilderReason reason) =>
        reason switch
        {
            BuilderReason.StewardAsked => "the steward asked",
            BuilderReason.HandedOn => "the builder handed it on",
            _ => "nobody claimed it",
        };

    public override string PhaseMovedReceipt(int loop, string from, string to) =>
        $"Moved #{loop} from {from} to {to}";

    public override string ConsentVoteOpenedReceipt(
        int option,
        string text,
        string closes,
        string quorum
    ) => $"Vote opened: consent on option {option}: {text}; closes {closes}; quorum {quorum}";

    public override string VoteOpenedReceipt(
        VoteKind kind,
        int options,
        string closes,
        string quorum
    ) =>
        $"Vote opened: {VoteKindName(kind)} vote on {Texts.Count(options, "option", "options")}; closes {closes}; quorum {quorum}";

    public override string GroupVoteOpenedReceipt(string what) => $"Consent vote: {what}.";

    public override string GroupVoteKept(GroupVoteSubject subject) =>
        subject == GroupVoteSubject.Publish ? "the receipts stay private" : "AI drafts stay off";

    public override string GroupVoteStoppedReceipt(string kept, string by, string why) =>
        $"Decided: {kept} ({by} objected: {why}).";

    public override string RolledBackReceipt(string flagged) =>
        $"Rolled back after the audit flag: {flagged}";

    public override string LoopClosedReceipt(int loop, string why, string? spent) =>
        $"Loop #{loop} closed: {why}{(spent is null ? "" : $", spent {spent}")}";

    public override string LoopClosedUndecidedReceipt(
        int loop,
        string how,
        string why,
        string? spent
    ) => $"Loop #{loop} {how}: {why}{(spent is null ? "" : $", spent {spent}")}";

    public override string ClaimedReceipt(string who, int loop) => $"{who} claimed #{loop}";

    public override string AccountsMergedReceipt(
        string handle,
        string channel,
        string other,
        string otherChannel
    ) =>
        $"{handle} ({channel}) and {other} ({otherChannel}) are one member now: one vote, one place in the rotation.";

    public override string AccountsSplitReceipt(string handle) =>
        $"{handle}'s accounts are separate members again from now on; what they did stays on the record.";

    public override string NoQuorumReceipt(int required, int turnout, int eligible, string why) =>
        $"No decision: quorum {required} not met ({turnout} of {eligible} voted; {why})";

    public override string NotAdoptedReceipt(int option, int objections, string reasons) =>
        $"Not adopted: option {option} met {Texts.Count(objections, "objection", "objections")} ({reasons})";

    public override string DecidedReceipt(string choice) => $"Decided: {choice}";

    public override string ChosenOption(int option, string text, string detail) =>
        $"option {option}, {text} ({detail})";

    public override string AdoptedByConsent(int consented, string why) =>
        $"adopted by consent, no objections ({consented} consented; {why})";

    public override string WonVote(int votes, int turnout, string? tiedOptions, string why) =>
        $"{votes} of {Texts.Count(turnout, "vote", "votes")}{(tiedOptions is null ? "" : $"; tie between {tiedOptions} broken by proposal order")}; {why}";

    public override string VoteDeadlinePassed => "the deadline passed";

    public override string VoteClosedEarlyBy(string who) => $"{who} closed the vote early";

    public override string CheckReceipt(int mine, int quota, string text) =>
        $"check {mine}/{quota}: {text}";

    public override string LinkedReceipt(
        string chat,
        string others,
        string askedBy,
        string confirmedBy
    ) => $"Linked {chat} with {others}: one group. Asked by {askedBy}, confirmed by {confirmedBy}.";

    public override string UnlinkedReceipt(string chat, string by) =>
        $"{chat} left the group (by {by}); its receipts so far stay in this trail.";

    public override string UndidReceipt(string move, long receipt) =>
        $"Undid {move} (receipt #{receipt})";

    public override string RevertedOptionReceipt(int option, string by, string text, string why) =>
        $"Reverted option {option} by {by} ({text}). Reason: {why}";

    public override string RevertedMoveReceipt(string move, string by, long receipt, string why) =>
        $"Reverted {move} by {by} (receipt #{receipt}). Reason: {why}";

    public override string RunsOnFlowReceipt(string flow) => $"Runs on flow {flow}";

    public override string MovedToFlowReceipt(string flow) => $"Moved to flow {flow}";

    public override string DefaultFlowReceipt(string flow) => $"Default flow for new loops: {flow}";

    public override string AiOnReceipt =>
        "Decided: turn AI drafts on (no objection within the consent window).";

    public override string AiOffReceipt => "Decided: turn AI drafts off.";

    public override string NoOptionsReceipt =>
        "No decision: no options were proposed by the deadline";

    public override string PublishedReceipt(bool evidence) =>
        $"Decided: publish the receipts{(evidence ? " with evidence links" : "")} (no objection within the consent window).";

    public override string UnpublishedReceipt => "Decided: take the public receipts page down.";

    public override string OptionReceipt(int option, string text) => $"Option {option}: {text}";

    public override string OptionFromDraftReceipt(
        int option,
        string text,
        string model,
        string prompt
    ) => $"Option {option}: {text} (AI-assisted draft: {model}, prompt sha256 {prompt})";
}
