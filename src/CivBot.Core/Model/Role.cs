namespace CivBot.Core.Model;

/// <summary>The rotating roles of a loop. Every member is a participant; these are the extra duties.</summary>
public enum Role
{
    Steward,
    Builder,
    Auditor,
}
