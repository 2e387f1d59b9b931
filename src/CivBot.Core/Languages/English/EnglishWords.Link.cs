namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string LinkNotPrivately =>
        "Linking works in a group chat, not privately. Try /link in the group's chat.";

    public override string LinkAdminsOnly =>
        "Only an admin of this chat can link or unlink it. Ask one of them to do it.";

    public override string LinkUsage =>
        "/link gives a code for another chat; /link <code> there asks to join; /link confirm here accepts.";

    public override string LinkCodeSent =>
        "🔗 I sent you a link code privately; it works once, for 15 minutes. If nothing arrived, message me privately first, then /link again.";

    public override string LinkYourCode(string code, string chat) =>
        $"🔗 Link code for {chat}: {code}\nAn admin of the other chat types /link {code} there within 15 minutes; then an admin here confirms with /link confirm.";

    public override string LinkWrongCode =>
        "That link code is wrong, used or expired. Ask an admin of the other chat for a fresh one with /link.";

    public override string LinkTooManyTries =>
        "Too many link codes were tried from this chat. Please wait an hour, then use a fresh code.";

    public override string LinkOwnCode =>
        "That code is this group's own. Use it in the other chat you want to link.";

    public override string LinkAlreadyIn =>
        "That chat is in this group already. /links lists its chats.";

    public override string LinkedElsewhere(string others) =>
        $"This chat is linked with {others} already. An admin can /unlink it first.";

    public override string LinkOpenLoops(int count) =>
        $"This chat has {count} open loop{(count == 1 ? "" : "s")}. Close or /withdraw {(count == 1 ? "it" : "them")} first, then link: a loop stays in the group it began in.";

    public override string LinkAsks(string chat) =>
        $"🔗 {chat} asks to join this group. An admin here accepts with /link confirm within 15 minutes; otherwise nothing changes.";

    public override string LinkAcceptButton => "Accept (admins)";

    public override string LinkAsked(string group) =>
        $"🔗 Asked to join {group}. An admin there accepts with /link confirm within 15 minutes.";

    public override string LinkNothingToConfirm =>
        "No chat is waiting to join (a request lasts 15 minutes). Give an admin of the other chat a code with /link.";

    public override string LinkAlreadyConfirmed(string chat, string by) =>
        $"That link was already confirmed by {by}: {chat} is in this group now. /links lists the chats.";

    public override string Linked(string joined, string chats) =>
        $"🔗 {joined} joined this group: {chats} now share one set of loops, votes and receipts. /links lists the chats.";

    public override string LinkedChats(string chats, int sms) =>
        $"This group's chats: {chats}"
        + (sms > 0 ? $", and {sms} member{(sms == 1 ? "" : "s")} by SMS" : "")
        + ". An admin of a chat can /unlink it.";

    public override string OnlyThisChat(int sms) =>
        "This group has only this chat"
        + (sms > 0 ? $" and {sms} member{(sms == 1 ? "" : "s")} by SMS" : "")
        + ". An admin can /link to get a code for another chat.";

    public override string NotLinked =>
        "This chat isn't linked to another chat. /links lists the group's chats.";

    public override string UnlinkOpenLoops(int count) =>
        $"The group has {count} open loop{(count == 1 ? "" : "s")}; unlink once {(count == 1 ? "it is" : "they are")} closed, so nobody loses a loop they follow. /status shows {(count == 1 ? "it" : "them")}.";

    public override string Unlinked(string chat) =>
        $"🔗 {chat} left this group. Its past receipts stay in the group's trail; new loops there start on their own.";
}
