namespace CivBot.Core.Ai;

/// <summary>
/// What CivBot itself knows about a loop when a draft is asked for, from the engine's own state: the checker holds a
/// draft's numbers against these, never against what the model says.
/// </summary>
/// <param name="Options">The loop's options with their current vote counts (zero while no vote is open).</param>
/// <param name="Ballots">How many members have voted in the open vote.</param>
/// <param name="VoteOpen">Whether a vote is open, so the counts are live.</param>
/// <param name="Spent">What was spent so far, per ISO currency.</param>
public sealed record DraftFacts(
    int Loop,
    string Ask,
    IReadOnlyList<DraftTally> Options,
    int Ballots,
    bool VoteOpen,
    IReadOnlyDictionary<string, decimal> Spent
);

/// <summary>One option of the loop and how many votes it has.</summary>
public sealed record DraftTally(int Number, string Text, int Votes);
