namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Flows;
using CivBot.Core.Model;

/// <summary>An open vote. Ballots map a member to the option numbers they chose (one for single choice).</summary>
/// <param name="ConsentOption">For consent votes, the one proposal being decided.</param>
/// <param name="Objections">Consent objections: member to reason.</param>
public sealed record VoteState(
    VoteKind Kind,
    DateTimeOffset OpenedAt,
    DateTimeOffset Deadline,
    ImmutableDictionary<MemberId, ImmutableArray<int>> Ballots,
    int? ConsentOption,
    ImmutableDictionary<MemberId, string> Objections
);
