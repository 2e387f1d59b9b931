namespace CivBot.Core.Engine;

/// <summary>What the bot says about one person's accounts on several channels (<c>/me link</c>).</summary>
internal static class MeTexts
{
    public const string Usage =
        "/me link gives a code; /me link <code> from your other account makes the two one member; /me unlink splits them again.";

    public static string YourCode(string code) =>
        $"🔗 Your account code: {code}. From your other account (another channel), send /me link {code} within 15 minutes to become one member.";

    public const string CodeSent =
        "🔗 I sent you an account code privately; it works once, for 15 minutes. If nothing arrived, message me privately first.";

    public const string WrongCode =
        "That account code is wrong, used or expired. Get a fresh one with /me link from your other account.";

    public const string AlreadyOne =
        "These accounts are one member already. /me unlink splits them.";

    public const string Busy =
        "This account holds a role or a vote in an open loop. Try again once those loops are closed, so nothing counts twice.";

    public static string Merged(string handle) =>
        $"Done: both accounts are {handle} now, with one vote and one place in the rotation. /me unlink splits them again.";

    public const string NotMerged =
        "This account isn't merged with another. /me link gives a code to merge.";

    public const string Split =
        "Your accounts are separate members again from the next loop on; what you did stays on the record.";
}
