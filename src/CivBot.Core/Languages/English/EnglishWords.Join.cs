namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string HowToJoin(string code) =>
        $"Text JOIN {code} to this group's CivBot number to take part by SMS. Your number stays private: the group sees only the name you pick with NAME <name>.";

    public override string JoinWelcome(string handle) =>
        $"Welcome! I'm CivBot, a bot. You're in the group as {handle}; text NAME <your name> to change that. To ask for help text ASK and your need. Text STOP to stop.";

    public override string JoinedBySms(string handle) => $"👋 {handle} joined by SMS.";

    public override string JoinNoCode =>
        "Text JOIN and your group's code, e.g. JOIN K7QX2M. Anyone in the group's chat can get the code with /smscode.";

    public override string JoinWrongCode =>
        "That join code didn't match. Check it with your group (anyone there can type /smscode) and try again.";

    public override string NameMissing =>
        "Say NAME and the name others should see, e.g. NAME Dana.";

    public override string NameRefused(string why, string variant, bool sms) =>
        $"That name can't be used: {why}. How about {variant}? {(sms ? $"Send NAME {variant}" : $"Type /name {variant}")} to take it.";

    public override string Named(string handle) => $"Thanks, others now see you as {handle}.";

    public override string MeUsage =>
        "/me link gives a code; /me link <code> from your other account makes the two one member; /me unlink splits them again.";

    public override string MeYourCode(string code) =>
        $"🔗 Your account code: {code}. From your other account (another channel), send /me link {code} within 15 minutes to become one member.";

    public override string MeCodeSent =>
        "🔗 I sent you an account code privately; it works once, for 15 minutes. If nothing arrived, message me privately first.";

    public override string MeWrongCode =>
        "That account code is wrong, used or expired. Get a fresh one with /me link from your other account.";

    public override string MeAlreadyOne =>
        "These accounts are one member already. /me unlink splits them.";

    public override string MeBusy =>
        "This account holds a role or a vote in an open loop. Try again once those loops are closed, so nothing counts twice.";

    public override string MeMerged(string handle) =>
        $"Done: both accounts are {handle} now, with one vote and one place in the rotation. /me unlink splits them again.";

    public override string MeNotMerged =>
        "This account isn't merged with another. /me link gives a code to merge.";

    public override string MeSplit =>
        "Your accounts are separate members again from the next loop on; what you did stays on the record.";
}
