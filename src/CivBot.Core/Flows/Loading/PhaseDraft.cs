namespace CivBot.Core.Flows.Loading;

/// <summary>
/// A phase as far as it could be read. Parts with errors stay null, so the cross-phase rules still run on the rest
/// and the author sees every problem at once.
/// </summary>
internal sealed record PhaseDraft(string? Id, PhaseKind? Kind, TimeSpan? Duration, int Line)
{
    public string? Next { get; set; }

    public VoteSettings? Vote { get; init; }

    public BuilderSettings? Builders { get; init; }

    public AuditSettings? Audit { get; init; }

    public CollectSettings? Collect { get; init; }
}
