namespace CivBot.Core.Languages;

using CivBot.Core.Model;

internal sealed partial class EnglishWords
{
    public override string NobodyHoldsARole => "No loop is open, so nobody holds a role right now.";

    public override string LoopRoles(
        int loop,
        string flow,
        string steward,
        string? builders,
        string auditor
    ) =>
        $"#{loop} ({flow}): steward {steward} · builders {builders ?? "none yet"} · auditor {auditor}";

    public override string NextUp(Role role, string? handle) =>
        $"{RoleName(role)} {handle ?? "nobody eligible"}";

    public override string NextByRotation(string roles) => $"Next by rotation: {roles}";

    public override string OptedOutList(string members) => $"Opted out: {members}";

    public override string OutOfTheGroup(string handle) => $"{handle} (group)";

    public override string RotationRule =>
        "Rotation picks whoever served a role longest ago; nobody audits a loop they asked, stewarded or built. /optout <role> · /optin <role>";

    public override string NameProblemText(
        NameProblem problem,
        string lookAlike,
        string bot,
        int max
    ) =>
        problem switch
        {
            NameProblem.Invisible =>
                "it holds invisible or direction-changing characters that could make it look like someone else",
            NameProblem.Markup => "names can't hold formatting, links, mentions or commands",
            NameProblem.PhoneNumber => "a name can't carry a phone number",
            NameProblem.TooLong => $"names can be at most {max} characters",
            NameProblem.NoLetters => "it has no visible letters",
            NameProblem.LooksLikeTheBot => $"it could be mistaken for me, the bot ({bot})",
            _ => $"it looks the same as {lookAlike}, who is already in this group",
        };

    public override string SuggestedName => "Neighbour";
}
