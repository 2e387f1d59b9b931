namespace CivBot.Storage.Pages;

using CivBot.Core.Model;

/// <summary>A group's public receipts page: at <c>/g/&lt;Slug&gt;</c>, with evidence links only when the group chose so.</summary>
public sealed record Publication(
    GroupId Group,
    string Slug,
    bool ShowEvidence,
    DateTimeOffset Since
);
