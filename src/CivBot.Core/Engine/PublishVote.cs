namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Model;

/// <summary>
/// An open consent vote on publishing the group's receipts page: it passes at <paramref name="Deadline"/> unless
/// someone objects. <paramref name="Serial"/> tells its timer from an earlier vote's.
/// </summary>
/// <param name="Slug">A readable address the proposer asked for, or null for an unguessable one.</param>
/// <param name="ShowEvidence">Whether evidence links are published too (off unless asked for).</param>
public sealed record PublishVote(
    MemberId Proposer,
    string? Slug,
    bool ShowEvidence,
    DateTimeOffset Deadline,
    int Serial,
    ImmutableDictionary<MemberId, string> Objections
);
