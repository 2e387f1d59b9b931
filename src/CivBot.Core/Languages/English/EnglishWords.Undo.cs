namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string MoveName(Undoable move, string detail) =>
        move switch
        {
            Undoable.Note => "a note",
            Undoable.ProgressNote => "a progress note",
            Undoable.Option => $"option {detail}",
            Undoable.Claim => $"{detail}'s claim",
            Undoable.Spend => $"the {detail} spend",
            Undoable.ReportingDone => "reporting done",
            Undoable.PhaseMove => $"the move to {detail}",
            _ => "opening the vote",
        };

    public override string NothingToUndo(int loop) =>
        $"There is nothing on #{loop} I can undo. Votes, decisions and audits are never undone; they stay on the record. /status #{loop} shows where it stands.";

    public override string NoneOfYoursToUndo(int loop, string steward) =>
        $"/undo takes back only your own last move, and you have none to take back on #{loop}. To revert someone else's, {steward} names it with a reason, e.g. /undo #{loop} option 2 duplicate of option 1.";

    public override string OthersMovedSince(int loop, string move, string steward) =>
        $"Others have moved on #{loop} since {move}, and undoing it now would undo their moves too. Say what should change in the group, or ask {steward}.";

    public override string UndidLatest(string who, string move, int loop, long receipt) =>
        $"↩️ {who} undid {move} on #{loop}. It stays on the record as receipt #{receipt}, now marked undone.";

    public override string UndidAlone(
        string who,
        string move,
        int loop,
        long receipt,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} undid {move} on #{loop}. It stays on the record as receipt #{receipt}, now marked undone (receipt #{undoReceipt}).{options}";

    public override string OptionsLeft(string options) => $"Options now: {options}";

    public override string NoOptionsLeft => "No options now: /propose <option>.";

    public override string NoOptionsToRevert(int loop) => $"#{loop} has no options to revert.";

    public override string WhichOptionToRevert(int loop, int options) =>
        $"Which option? #{loop} has options 1 to {options}: /undo #{loop} option <number> <reason>.";

    public override string SayWhyRevertOption(int loop, int option) =>
        $"Please say why, so the group and the author can see it: /undo #{loop} option {option} duplicate of option 1.";

    public override string OptionsStayDuringVote(int loop, int option) =>
        $"The vote on #{loop} is open, so its options stay as they are. If option {option} shouldn't win, say so in the group before it closes.";

    public override string RevertedOption(
        string who,
        int option,
        int loop,
        string author,
        string text,
        string reason,
        long? kept,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} reverted option {option} on #{loop} ({author}: {text}). Reason: {reason}. It stays on the record{(kept is { } k ? $" as receipt #{k}" : "")}, now marked reverted (receipt #{undoReceipt}).{options}";

    public override string YourOptionTakenOff(string who, int loop, string text, string reason) =>
        $"{who}, the steward of #{loop}, took your option \"{text}\" off the list: {reason}. It stays on the record. If you disagree, say so in the group; you can also propose again with /propose #{loop} <option>.";

    public override string NotARevertableReceipt(string receipt, int loop) =>
        $"Receipt {receipt} is not a move of this phase of #{loop} I can revert. The phase's latest 50 notes, options, claims and spends can be; votes, decisions and audits never. /receipts #{loop} shows the numbers.";

    public override string SayWhyRevertReceipt(int loop, long receipt) =>
        $"Please say why, so the group and the author can see it: /undo #{loop} receipt {receipt} paid twice.";

    public override string CantRevertAlone(long receipt, string move) =>
        $"Receipt #{receipt} ({move}) can't be reverted on its own any more. Say what should change in the group.";

    public override string RevertedMove(
        string who,
        string move,
        string author,
        int loop,
        string reason,
        long receipt,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} reverted {move} by {author} on #{loop}. Reason: {reason}. It stays on the record as receipt #{receipt}, now marked reverted (receipt #{undoReceipt}).{options}";

    public override string YourMoveReverted(
        string who,
        int loop,
        string move,
        long receipt,
        string reason
    ) =>
        $"{who}, the steward of #{loop}, reverted {move} (receipt #{receipt}): {reason}. It stays on the record. If you disagree, say so in the group.";
}
