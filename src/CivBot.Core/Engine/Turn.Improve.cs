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
            Tell(w => w.ImproveWhat(no));
            return;
        }
        if (text.Length > MaxNoteLength)
        {
            Tell(w => w.ImproveTooLong(MaxNoteLength));
            return;
        }
        var receipt = RecordOn(
            no,
            ReceiptKind.Improvement,
            MyHandleSafe,
            text,
            evidence: Links.In(text)
        );
        Say(State.Loop(no), w => w.Improvement(no, MyHandleSafe, Texts.Short(Shown(receipt), 250)));
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
            Tell(w => w.NoSuchLoopYet(n, OpenLoopsHint(w)));
            return null;
        }
        if (State.Loops.Count == 1)
            return State.Loops[0].No;
        if (State.Loops.Count == 0 && State.LastClosedLoop is { } last)
            return last;
        if (State.Loops.Count == 0)
        {
            Tell(w => w.NoLoopYetToImprove);
            return null;
        }
        Tell(w =>
            w.SayWhichLoop(
                $"/{w.Command(cmd.Name)} #{State.Loops[^1].No} {cmd.Args}".TrimEnd(),
                OpenLoopsHint(w)
            )
        );
        return null;
    }
}
