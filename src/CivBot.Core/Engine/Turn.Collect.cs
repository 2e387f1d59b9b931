namespace CivBot.Core.Engine;

using System.Text;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void Check(ParsedCommand cmd, IReadOnlyList<string> links)
    {
        var loop = TargetLoop(cmd);
        if (loop is null || !InPhase(loop, Languages.Deed.SendingChecks, PhaseKind.Collect))
            return;
        if (!May(loop, FlowAction.Check, Languages.Deed.SendChecks))
            return;
        var text = cmd.Args.Trim();
        if (text.Length == 0)
        {
            Tell(w => w.CheckWhat(loop.No));
            return;
        }
        if (text.Length > MaxNoteLength)
        {
            Tell(w => w.CheckTooLong(MaxNoteLength));
            return;
        }
        var quota = PhaseOf(loop).Collect!.Quota;
        var mine = loop.Checks.Count(c => c.Member == Me) + 1;
        var receipt = Record(
            loop,
            ReceiptKind.Progress,
            MyHandleSafe,
            Languages.Phrases.Check(mine, quota, text),
            evidence: links.Count > 0 ? links : Links.In(text)
        );
        loop = loop with
        {
            // The check as the member wrote it (its recorded text, so without phone numbers) and its links, in no one's
            // language: not the receipt's English "check 1/3: …".
            Checks = loop.Checks.Add(
                new CheckEntry(
                    receipt.Seq,
                    Me,
                    MyHandleSafe,
                    Shown(Languages.Phrases.CheckText(receipt.Phrase!), receipt)
                )
            ),
            Undo = [],
        };
        Put(loop);
        var (done, members, total) = CollectProgress(loop, quota);
        Tell(w => w.CheckRecorded(loop.No, MyHandleSafe, mine, quota, done, members, total));
    }

    private (int Done, int Members, int Total) CollectProgress(LoopState loop, int quota)
    {
        var active = State.Members.Where(m => m.Active && m.Id != MemberId.System).ToList();
        var done = active.Count(m => loop.Checks.Count(c => c.Member == m.Id) >= quota);
        return (done, active.Count, loop.Checks.Count);
    }

    /// <summary>Who is short of the quota, most behind first, on one line (" · short: m21 1/3, m22 2/3 and 3 more").</summary>
    private string ShortOfQuota(Languages.Words w, LoopState loop, int quota)
    {
        var rows = State
            .Members.Where(m => m.Active && m.Id != MemberId.System)
            .Select(m => (m.Handle, Count: loop.Checks.Count(c => c.Member == m.Id)))
            .Where(r => r.Count < quota)
            .OrderBy(r => r.Count)
            .ThenBy(r => r.Handle, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
            return "";
        var shown = rows.Take(5).Select(r => $"{Texts.Short(r.Handle, 20)} {r.Count}/{quota}");
        return w.ShortOfQuota(string.Join(", ", shown), Math.Max(0, rows.Count - 5));
    }
}
