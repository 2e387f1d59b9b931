namespace CivBot.Core.Languages;

/// <summary><c>/undo</c>: taking back one's own last move, and the steward reverting someone's with a reason.</summary>
public abstract partial class Words
{
    /// <summary>"a note", "option 2", "ann's claim", "the 5.00 USD spend": <paramref name="detail"/> is the number, handle, amount or phase.</summary>
    public abstract string MoveName(Undoable move, string detail);

    public abstract string NothingToUndo(int loop);

    public abstract string NoneOfYoursToUndo(int loop, string steward);

    public abstract string OthersMovedSince(int loop, string move, string steward);

    /// <summary>The sender's latest move, walked back whole.</summary>
    public abstract string UndidLatest(string who, string move, int loop, long receipt);

    /// <summary>An older move of the sender's, taken back on its own; <paramref name="options"/> is empty or <see cref="OptionsLeft"/>.</summary>
    public abstract string UndidAlone(
        string who,
        string move,
        int loop,
        long receipt,
        long undoReceipt,
        string options
    );

    /// <summary>What follows an undone option: the options left.</summary>
    public abstract string OptionsLeft(string options);

    public abstract string NoOptionsLeft { get; }

    public abstract string NoOptionsToRevert(int loop);

    public abstract string WhichOptionToRevert(int loop, int options);

    public abstract string SayWhyRevertOption(int loop, int option);

    public abstract string OptionsStayDuringVote(int loop, int option);

    /// <summary><paramref name="kept"/>: the option's own receipt, when it has one.</summary>
    public abstract string RevertedOption(
        string who,
        int option,
        int loop,
        string author,
        string text,
        string reason,
        long? kept,
        long undoReceipt,
        string options
    );

    public abstract string YourOptionTakenOff(string who, int loop, string text, string reason);

    /// <summary><paramref name="receipt"/> as typed: "#7" or "\"abc\"".</summary>
    public abstract string NotARevertableReceipt(string receipt, int loop);

    public abstract string SayWhyRevertReceipt(int loop, long receipt);

    public abstract string CantRevertAlone(long receipt, string move);

    public abstract string RevertedMove(
        string who,
        string move,
        string author,
        int loop,
        string reason,
        long receipt,
        long undoReceipt,
        string options
    );

    public abstract string YourMoveReverted(
        string who,
        int loop,
        string move,
        long receipt,
        string reason
    );
}
