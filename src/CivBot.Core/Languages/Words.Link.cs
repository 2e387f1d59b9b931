namespace CivBot.Core.Languages;

/// <summary>Linking chats into one group (<c>/link</c>, <c>/links</c>, <c>/unlink</c>). Chats are named by channel and title.</summary>
public abstract partial class Words
{
    public abstract string LinkNotPrivately { get; }

    public abstract string LinkAdminsOnly { get; }

    public abstract string LinkUsage { get; }

    public abstract string LinkCodeSent { get; }

    public abstract string LinkYourCode(string code, string chat);

    public abstract string LinkWrongCode { get; }

    public abstract string LinkTooManyTries { get; }

    public abstract string LinkOwnCode { get; }

    public abstract string LinkAlreadyIn { get; }

    public abstract string LinkedElsewhere(string others);

    public abstract string LinkOpenLoops(int count);

    public abstract string LinkAsks(string chat);

    public abstract string LinkAcceptButton { get; }

    public abstract string LinkAsked(string group);

    public abstract string LinkNothingToConfirm { get; }

    public abstract string LinkAlreadyConfirmed(string chat, string by);

    public abstract string Linked(string joined, string chats);

    /// <summary><c>/links</c> in a group of several chats; <paramref name="sms"/> members text in.</summary>
    public abstract string LinkedChats(string chats, int sms);

    public abstract string OnlyThisChat(int sms);

    public abstract string NotLinked { get; }

    public abstract string UnlinkOpenLoops(int count);

    public abstract string Unlinked(string chat);
}
