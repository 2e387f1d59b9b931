namespace CivBot.Storage.Pipeline;

/// <summary>The few texts storage itself sends (everything else comes from the engine and the flows).</summary>
internal static class BotTexts
{
    public const string UnknownGroup =
        "Hi, I'm CivBot, a bot that helps groups act on asks together. I don't know your group yet: say /help in your group's chat first, then you can message me here.";

    /// <summary>Over SMS there is no group chat to say /help in: a texter joins with the group's code.</summary>
    public const string UnknownGroupSms =
        "Hi, I'm CivBot, a bot that helps groups act on asks together. To join your group, text JOIN and its code (anyone in the group's chat can get it with /smscode). Text STOP to stop.";

    public static string UnknownGroupFor(string channel) =>
        channel == "sms" ? UnknownGroupSms : UnknownGroup;

    public const string SomethingWentWrong =
        "Sorry, something went wrong while handling that. It has been logged; please try again or type /help.";

    public static string NoSuchLoop(int loop) =>
        $"There is no loop #{loop} in this group yet. /status shows the open ones.";
}
