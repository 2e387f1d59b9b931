namespace CivBot.Core.Ports;

public enum InboundOutcome
{
    /// <summary>Recorded and handled for the first time.</summary>
    Processed,

    /// <summary>Seen before (same channel and platform id); nothing changed.</summary>
    Duplicate,
}
