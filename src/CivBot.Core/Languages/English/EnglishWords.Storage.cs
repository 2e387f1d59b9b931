namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string UnknownGroup(bool sms) =>
        "Hi, I'm CivBot, a bot that helps groups act on asks together. "
        + (
            sms
                ? "To join your group, text JOIN and its code (anyone in the group's chat can get it with /smscode). Text STOP to stop."
                : "I don't know your group yet: say /help in your group's chat first, then you can message me here."
        );

    public override string SomethingWentWrong =>
        "Sorry, something went wrong while handling that. It has been logged; please try again or type /help.";

    public override string NoSuchLoopInGroup(int loop) =>
        $"There is no loop #{loop} in this group yet. /status shows the open ones.";
}
