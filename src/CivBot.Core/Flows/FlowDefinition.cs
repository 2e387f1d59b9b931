namespace CivBot.Core.Flows;

/// <summary>
/// A validated flow: the loop's phases in order, who may do what, and message overrides. Flows are data in
/// <c>flows/*.yaml</c>; the engine interprets them.
/// </summary>
/// <param name="Permissions">For each action, who may take it. Missing actions use <see cref="DefaultPermissions"/>.</param>
/// <param name="Messages">Optional overrides of the engine's texts by message key, with {placeholders}.</param>
/// <param name="Yaml">The file's exact text; stored so a loop pinned to this version can be resumed after the file changes.</param>
/// <param name="Command">The chat command that opens an ask on this flow (<c>urgent</c> → <c>/urgent &lt;need&gt;</c>), if any.</param>
/// <param name="Urgent">The flow the bot suggests when an ask sounds urgent (at most one flow per deployment).</param>
/// <param name="TimeZone">The IANA time zone its times are shown in, for groups that chose none (<c>time_zone</c>).</param>
/// <param name="Language">The language its groups speak when they chose none (<c>language</c>: en, es).</param>
public sealed record FlowDefinition(
    string Id,
    int Version,
    string Title,
    string Description,
    IReadOnlyList<PhaseDefinition> Phases,
    IReadOnlyDictionary<FlowAction, IReadOnlyList<Actor>> Permissions,
    EmergencySettings Emergency,
    IReadOnlyDictionary<string, string> Messages,
    string SourceFile,
    string Yaml,
    string? Command = null,
    bool Urgent = false,
    string? TimeZone = null,
    string? Language = null
)
{
    public const string Closed = "closed";
    public const string RollbackTarget = "rollback";

    /// <summary>The SHA-256 (lowercase hex) of <see cref="Yaml"/>.</summary>
    public string Hash { get; } =
        Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Yaml))
        );

    public FlowRef Ref => new(Id, Version, Hash);

    /// <summary>Every phase's deadline added up: how long a loop takes when nobody moves it on early.</summary>
    public TimeSpan Timeline => Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Duration);

    public PhaseDefinition Phase(string id) =>
        Phases.FirstOrDefault(p => p.Id == id)
        ?? throw new InvalidOperationException($"Flow {Id} has no phase '{id}'.");

    public PhaseDefinition? FirstOfKind(PhaseKind kind) =>
        Phases.FirstOrDefault(p => p.Kind == kind);

    public IReadOnlyList<Actor> WhoMay(FlowAction action) =>
        Permissions.TryGetValue(action, out var actors) ? actors : DefaultPermissions[action];

    public static readonly IReadOnlyDictionary<
        FlowAction,
        IReadOnlyList<Actor>
    > DefaultPermissions = new Dictionary<FlowAction, IReadOnlyList<Actor>>
    {
        [FlowAction.Add] = [Actor.Participant],
        [FlowAction.Propose] = [Actor.Participant],
        [FlowAction.OpenVote] = [Actor.Steward],
        [FlowAction.Vote] = [Actor.Participant],
        [FlowAction.Object] = [Actor.Participant],
        [FlowAction.Claim] = [Actor.Participant],
        [FlowAction.Spend] = [Actor.Builder],
        [FlowAction.Done] = [Actor.Builder],
        [FlowAction.Audit] = [Actor.Auditor],
        [FlowAction.Check] = [Actor.Participant],
        [FlowAction.Next] = [Actor.Steward],
        [FlowAction.Undo] = [Actor.Steward],
    };

    /// <summary>Message keys a flow may override, with the placeholders each accepts.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["loop_opened"] = ["loop", "ask", "asker", "steward", "deadline"],
            ["vote_opened"] = ["loop", "ask", "deadline"],
            ["decision"] = ["loop", "ask", "decision"],
            ["do_started"] = ["loop", "ask", "decision"],
            ["audit_started"] = ["loop", "ask", "auditor"],
            ["closed"] = ["loop", "ask"],
            ["collect_started"] = ["loop", "ask", "quota", "deadline"],
        };
}
