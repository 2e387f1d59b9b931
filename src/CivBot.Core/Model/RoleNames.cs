namespace CivBot.Core.Model;

public static class RoleNames
{
    public static string Name(this Role role) =>
        role switch
        {
            Role.Steward => "steward",
            Role.Builder => "builder",
            Role.Auditor => "auditor",
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };

    public static bool TryParse(string text, out Role role)
    {
        switch (text.Trim().ToLowerInvariant().TrimEnd('s'))
        {
            case "steward":
                role = Role.Steward;
                return true;
            case "builder":
                role = Role.Builder;
                return true;
            case "auditor":
                role = Role.Auditor;
                return true;
            default:
                role = default;
                return false;
        }
    }
}
