namespace CivBot.Core.Flows;

/// <summary>What a flow file gets when it leaves a setting out.</summary>
public static class FlowDefaults
{
    public static readonly BuilderSettings Builders = new(3, null);

    public static readonly AuditSettings Audit = new(
        TimeSpan.FromDays(1),
        2,
        3,
        FlowDefinition.RollbackTarget,
        0
    );

    public static readonly Quorum Quorum = new(1, null);

    // Words people actually type when someone is in danger; numbers cover North America, the EU and the UK.
    public static readonly IReadOnlyList<string> EmergencyKeywords =
    [
        "emergency",
        "911",
        "112",
        "999",
        "ambulance",
        "overdose",
        "suicide",
        "fire",
    ];

    public const string EmergencyPointer =
        "CivBot is not an emergency service. If someone is in danger, call your local emergency number now.";

    public static readonly EmergencySettings Emergency = new(EmergencyKeywords, EmergencyPointer);
}
