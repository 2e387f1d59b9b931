namespace CivBot.Core.Engine;

/// <summary>What the bot says about joining by SMS. Short on purpose: every SMS segment costs money.</summary>
internal static class JoinTexts
{
    public static string HowToJoin(string code) =>
        $"Text JOIN {code} to this group's CivBot number to take part by SMS. Your number stays private: the group sees only the name you pick with NAME <name>.";

    public static string Welcome(string handle) =>
        $"Welcome! I'm CivBot, a bot. You're in the group as {handle}; text NAME <your name> to change that. To ask for help text ASK and your need. Text STOP to stop.";

    public static string Joined(string handle) => $"👋 {handle} joined by SMS.";

    public const string NoCode =
        "Text JOIN and your group's code, e.g. JOIN K7QX2M. Anyone in the group's chat can get the code with /smscode.";

    public const string WrongCode =
        "That join code didn't match. Check it with your group (anyone there can type /smscode) and try again.";

    public const string NameMissing = "Say NAME and the name others should see, e.g. NAME Dana.";

    /// <param name="sms">Over SMS commands are words (NAME Dana); in a chat they are slash commands (/name Dana).</param>
    public static string NameRefused(string why, string variant, bool sms) =>
        $"That name can't be used: {why}. How about {variant}? {(sms ? $"Send NAME {variant}" : $"Type /name {variant}")} to take it.";

    public static string Named(string handle) => $"Thanks, others now see you as {handle}.";
}
