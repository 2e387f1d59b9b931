namespace CivBot.Core.Effects;

/// <summary>
/// Publish the group's receipts page (after its consent vote passed) or take it down at once. Storage keeps the
/// publication; when <paramref name="Slug"/> is null it makes an unguessable one, and it tells
/// <paramref name="To"/> the page's address.
/// </summary>
public sealed record SetPublication(Audience To, bool Published, string? Slug, bool ShowEvidence)
    : Effect;
