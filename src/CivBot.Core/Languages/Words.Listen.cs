namespace CivBot.Core.Languages;

/// <summary>Asking, adding context, supporting and proposing (the Listen and Deliberate phases).</summary>
public abstract partial class Words
{
    public abstract string AskWhat(string command);

    public abstract string AskTooLong(int max, int length);

    public abstract string OptedOutOfGroup { get; }

    public abstract string FlowUnavailable { get; }

    /// <summary>To a private asker: the loop is open and the group sees it.</summary>
    public abstract string AskThanks(int loop, string asker);

    public abstract string AddWhat(int loop);

    public abstract string NoteTooLong(int max, int length);

    public abstract string BeingAudited(int loop);

    public abstract string Added(bool progress, int loop, string who, string text);

    public abstract string WhichLoopToSupport(int loop);

    public abstract string AlreadySupport(int loop, int supporters);

    public abstract string Supports(string who, int loop, int supporters);

    public abstract string ProposeWhat(int loop);

    public abstract string OptionTooLong { get; }

    public abstract string NoOptionsDuringVote(int loop);

    public abstract string OptionsFull { get; }

    public abstract string OptionCap(int cap, int loop);

    public abstract string OptionDuplicate { get; }

    /// <summary>A new option; the first one also says who opens the vote (<paramref name="steward"/>, null: "the steward").</summary>
    public abstract string OptionProposed(
        int number,
        int loop,
        string who,
        string text,
        string? steward
    );
}
