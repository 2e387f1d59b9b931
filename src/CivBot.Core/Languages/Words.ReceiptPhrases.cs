namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

/// <summary>
/// What the bot writes on its own receipts, rendered from each receipt's language-neutral phrase
/// (<see cref="Phrases"/>) in the reader's language. English is also what the receipt's summary keeps.
/// </summary>
public abstract partial class Words
{
    public abstract string StewardByRotation(string steward, int loop);

    public abstract string StewardHandedOnReceipt(string next, int loop, string by);

    public abstract string AuditorByRotation(string auditor, int loop);

    public abstract string AuditorBecause(string auditor, int loop, string why);

    public abstract string BuilderByRotation(string builder, int loop, string why);

    public abstract string BuilderReasonName(BuilderReason reason);

    public abstract string PhaseMovedReceipt(int loop, string from, string to);

    public abstract string ConsentVoteOpenedReceipt(
        int option,
        string text,
        string closes,
        string quorum
    );

    public abstract string VoteOpenedReceipt(
        VoteKind kind,
        int options,
        string closes,
        string quorum
    );

    public abstract string GroupVoteOpenedReceipt(string what);

    public abstract string GroupVoteKept(GroupVoteSubject subject);

    public abstract string GroupVoteStoppedReceipt(string kept, string by, string why);

    public abstract string RolledBackReceipt(string flagged);

    public abstract string LoopClosedReceipt(int loop, string why, string? spent);

    public abstract string LoopClosedUndecidedReceipt(
        int loop,
        string how,
        string why,
        string? spent
    );

    public abstract string ClaimedReceipt(string who, int loop);

    public abstract string AccountsMergedReceipt(
        string handle,
        string channel,
        string other,
        string otherChannel
    );

    public abstract string AccountsSplitReceipt(string handle);

    public abstract string NoQuorumReceipt(int required, int turnout, int eligible, string why);

    public abstract string NotAdoptedReceipt(int option, int objections, string reasons);

    public abstract string DecidedReceipt(string choice);

    public abstract string ChosenOption(int option, string text, string detail);

    public abstract string AdoptedByConsent(int consented, string why);

    public abstract string WonVote(int votes, int turnout, string? tiedOptions, string why);

    public abstract string VoteDeadlinePassed { get; }

    public abstract string VoteClosedEarlyBy(string who);

    public abstract string CheckReceipt(int mine, int quota, string text);

    public abstract string LinkedReceipt(
        string chat,
        string others,
        string askedBy,
        string confirmedBy
    );

    public abstract string UnlinkedReceipt(string chat, string by);

    public abstract string UndidReceipt(string move, long receipt);

    public abstract string RevertedOptionReceipt(int option, string by, string text, string why);

    public abstract string RevertedMoveReceipt(string move, string by, long receipt, string why);

    public abstract string RunsOnFlowReceipt(string flow);

    public abstract string MovedToFlowReceipt(string flow);

    public abstract string DefaultFlowReceipt(string flow);

    public abstract string AiOnReceipt { get; }

    public abstract string AiOffReceipt { get; }

    public abstract string NoOptionsReceipt { get; }

    public abstract string PublishedReceipt(bool evidence);

    public abstract string UnpublishedReceipt { get; }

    public abstract string OptionReceipt(int option, string text);

    public abstract string OptionFromDraftReceipt(
        int option,
        string text,
        string model,
        string prompt
    );
}
