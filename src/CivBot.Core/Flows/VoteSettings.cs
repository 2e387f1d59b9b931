namespace CivBot.Core.Flows;

/// <summary>How a deliberate phase votes.</summary>
/// <param name="Kind">single (default), approval or consent.</param>
/// <param name="Duration">How long a vote stays open once the steward opens it.</param>
/// <param name="Quorum">Least participation for the result to count.</param>
/// <param name="ReminderBefore">Members who have not voted are nudged this long before the deadline (null: no reminder).</param>
/// <param name="OnNoQuorum">Phase id to go back to when quorum is missed, or <c>closed</c>.</param>
/// <param name="OnRejected">Phase id when a consent proposal meets an objection, or <c>closed</c>.</param>
/// <param name="OptionsPerMember">Most options one member may propose in a loop, so nobody can fill the ballot.</param>
/// <param name="Rounds">How many times an ask may go through Listen and Deliberate without a decision before it closes.</param>
public sealed record VoteSettings(
    VoteKind Kind,
    TimeSpan Duration,
    Quorum Quorum,
    TimeSpan? ReminderBefore,
    string OnNoQuorum,
    string OnRejected,
    int OptionsPerMember = VoteSettings.DefaultOptionsPerMember,
    int Rounds = VoteSettings.DefaultRounds
)
{
    public const int DefaultOptionsPerMember = 3;
    public const int DefaultRounds = 2;
}
