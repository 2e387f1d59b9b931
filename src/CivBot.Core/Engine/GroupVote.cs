namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CivBot.Core.Model;

/// <summary>What a group-level consent vote decides.</summary>
public enum GroupVoteSubject
{
    /// <summary>Publishing the group's receipts page (<c>/publish</c>).</summary>
    Publish,

    /// <summary>Turning AI drafts on for the group (<c>/ai on</c>).</summary>
    Ai,
}

/// <summary>
/// An open group-level consent vote (not about one loop): it passes at <paramref name="Deadline"/> unless someone
/// objects. <paramref name="Serial"/> tells its timer from an earlier vote's.
/// </summary>
/// <param name="Slug">For /publish: a readable address the proposer asked for, or null for an unguessable one.</param>
/// <param name="ShowEvidence">For /publish: whether evidence links are published too (off unless asked for).</param>
/// <param name="Subject">What the vote decides; left out of the stored JSON for publish votes (stored before there were others).</param>
public sealed record GroupVote(
    MemberId Proposer,
    string? Slug,
    bool ShowEvidence,
    DateTimeOffset Deadline,
    int Serial,
    ImmutableDictionary<MemberId, string> Objections,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        GroupVoteSubject Subject = GroupVoteSubject.Publish
);
