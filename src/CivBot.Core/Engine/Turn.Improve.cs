namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    /// <summary>
    /// <c>/improve [#N] &lt;text&gt;</c>: anyone, in any phase or after the loop closed, notes one thing to do better
    /// next time; the kit carries the latest.
    /// </summary>
    private void Improve(ParsedCommand cmd)
    {
        if (ImprovedLoop(cmd) is not { } no)
            return;
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell(
                $"What would you do better next time? e.g. /improve #{no} Ask the clinic for the exact pickup door."
            );
            return;
        }
        if (text.Length > MaxNoteLength)
        {
            Tell($"Please keep it under {MaxNoteLength} characters: one thing to do better.");
            return;
        }
        var receipt = RecordOn(
            no,
            ReceiptKind.Improvement,
            MyHandleSafe,
            text,
            evidence: Links.In(text)
        );
        Say(
            State.Loop(no),
            $"💡 {MyHandleSafe} suggests for next time (#{no}): {Texts.Short(Shown(receipt), 250)}. It goes in the kit: /kit #{no}"
        );
    }

    /// <summary>
    /// The loop an improvement is about: the one named, open or closed; else the only open loop; else the loop that
    /// closed last. Null (with a line saying why) when there is none or the choice is not clear.
    /// </summary>
    private int? ImprovedLoop(ParsedCommand cmd)
    {
        if (cmd.Loop is { } n)
        {
            if (n >= 1 && n < State.NextLoopNo)
                return n;
            Tell($"There is no loop #{n} yet. {OpenLoopsHint()}");
            return null;
        }
        if (State.Loops.Count == 1)
            return State.Loops[0].No;
        if (State.Loops.Count == 0 && State.LastClosedLoop is { } last)
            return last;
        if (State.Loops.Count == 0)
        {
            Tell("No loop has run here yet. Start one with /ask <what you need>.");
            return null;
        }
        Tell(
            $"Several loops are open, so please say which one, e.g. /improve #{State.Loops[^1].No} {cmd.Args}".TrimEnd()
        );
        return null;
    }
}
