namespace CivBot.Core.Languages;

/// <summary>The few texts storage sends itself, outside the engine: to a stranger, after a failure, for a lost loop.</summary>
public abstract partial class Words
{
    /// <summary>
    /// To someone in no known group. Over SMS (<paramref name="sms"/>) there is no group chat to say /help in: a texter
    /// joins with the group's code.
    /// </summary>
    public abstract string UnknownGroup(bool sms);

    public abstract string SomethingWentWrong { get; }

    /// <summary>A loop the group numbered but has no receipts of.</summary>
    public abstract string NoSuchLoopInGroup(int loop);
}
