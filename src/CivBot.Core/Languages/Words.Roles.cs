namespace CivBot.Core.Languages;

using CivBot.Core.Model;

/// <summary><c>/roles</c> and names (<c>/name</c> refusals).</summary>
public abstract partial class Words
{
    public abstract string NobodyHoldsARole { get; }

    /// <summary>One open loop's roles; <paramref name="builders"/> is null when nobody builds yet.</summary>
    public abstract string LoopRoles(
        int loop,
        string flow,
        string steward,
        string? builders,
        string auditor
    );

    /// <summary>"steward ann": who rotation picks next for a role; <paramref name="handle"/> is null when nobody is eligible.</summary>
    public abstract string NextUp(Role role, string? handle);

    public abstract string NextByRotation(string roles);

    public abstract string OptedOutList(string members);

    /// <summary>"ann (group)": a member out of the whole group.</summary>
    public abstract string OutOfTheGroup(string handle);

    public abstract string RotationRule { get; }

    // ---- Names ----

    /// <summary>Why a name can't be used; <paramref name="lookAlike"/> is the member it looks like, <paramref name="bot"/> the bot's name.</summary>
    public abstract string NameProblemText(
        NameProblem problem,
        string lookAlike,
        string bot,
        int max
    );

    /// <summary>The name suggested when nothing of the wanted one can be kept.</summary>
    public abstract string SuggestedName { get; }
}
