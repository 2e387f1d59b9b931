namespace CivBot.Core.Flows;

/// <summary>Who may take a <see cref="FlowAction"/>: roles of the loop, plus the asker and any participant.</summary>
public enum Actor
{
    Participant,
    Asker,
    Steward,
    Builder,
    Auditor,
}
