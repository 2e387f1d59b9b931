namespace CivBot.Core.Engine;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void EnterAudit(LoopState loop, PhaseDefinition phase)
    {
        // Independent eyes: never the asker, the steward, a builder, or the author of a check in the sample.
        var never = Involved(loop);
        never.AddRange(SampleAuthors(loop, phase));
        var keep =
            loop.Auditor is { } current
            && !never.Contains(current)
            && State.Member(current) is { Active: true };
        if (!keep)
        {
            var auditor = Pick(Role.Auditor, never);
            if (auditor is null)
            {
                loop = loop with { Auditor = null };
                Put(loop);
                Say(
                    loop,
                    $"#{loop.No} needs an audit, but nobody independent is available: everyone eligible asked, stewarded or built it (or opted out). When someone new joins, {HandleOf(loop.Steward)} can pick an auditor with /next #{loop.No}."
                );
                return;
            }
            loop = loop with { Auditor = auditor.Id };
            Put(loop);
            Served(auditor.Id, Role.Auditor);
            RecordBot(
                loop,
                ReceiptKind.Role,
                $"{auditor.Handle} is auditor of #{loop.No} (rotation)"
            );
        }
        var flow = FlowOf(loop);
        Say(
            loop,
            Texts.Template(
                English,
                flow,
                "audit_started",
                $"🔎 #{loop.No} moves to Audit. {HandleOf(loop.Auditor)} checks the receipts and the outcome, then /audit ok <note> or /audit flag <what is wrong>.",
                ("loop", loop.No.ToString(CultureInfo.InvariantCulture)),
                ("ask", loop.Ask),
                ("auditor", HandleOf(loop.Auditor))
            )
        );
        Dm(loop.Auditor!.Value, AuditRequest(loop, phase, reminder: 0), loop: loop);
    }

    private string AuditRequest(LoopState loop, PhaseDefinition phase, int reminder)
    {
        var sb = new StringBuilder();
        sb.Append(
                reminder == 0 ? "You are the auditor of #" : $"Reminder {reminder}: please audit #"
            )
            .Append(loop.No)
            .Append(": ")
            .Append(Texts.Short(loop.Ask, 100))
            .Append('\n');
        sb.Append("Look over /receipts #").Append(loop.No);
        var sample = phase.Audit?.Sample ?? 0;
        if (sample > 0 && loop.Checks.Count > 0)
        {
            sb.Append(" and these sampled checks:\n");
            foreach (var c in Sample(loop, sample))
                sb.Append("- receipt #")
                    .Append(c.ReceiptSeq)
                    .Append(" by ")
                    .Append(c.Handle)
                    .Append(": ")
                    .Append(Texts.Short(c.Text, 120))
                    .Append('\n');
        }
        else
            sb.Append(".\n");
        sb.Append("Then reply /audit #")
            .Append(loop.No)
            .Append(" ok <note> or /audit #")
            .Append(loop.No)
            .Append(" flag <what is wrong>.");
        return sb.ToString();
    }

    /// <summary>
    /// A deterministic sample: checks ordered by a hash of loop, audit round and receipt, so the same audit always
    /// samples the same checks and a re-audit after a flag samples afresh. Checks sent after the last flag are always in.
    /// </summary>
    private static List<CheckEntry> Sample(LoopState loop, int size)
    {
        var fresh = loop.FlaggedAtSeq is { } flag
            ? loop.Checks.Where(c => c.ReceiptSeq > flag).ToList()
            : [];
        var rest = loop
            .Checks.Except(fresh)
            .OrderBy(
                c =>
                    Convert.ToHexString(
                        SHA256.HashData(
                            Encoding.UTF8.GetBytes(
                                loop.AuditRound == 0
                                    ? $"{loop.No}:{c.ReceiptSeq}"
                                    : $"{loop.No}:{loop.AuditRound}:{c.ReceiptSeq}"
                            )
                        )
                    ),
                StringComparer.Ordinal
            )
            .Take(Math.Max(0, size - fresh.Count));
        return [.. fresh.Concat(rest).OrderBy(c => c.ReceiptSeq)];
    }

    private static List<MemberId> SampleAuthors(LoopState loop, PhaseDefinition phase) =>
        phase.Audit?.Sample is > 0 and var size
            ? [.. Sample(loop, size).Select(c => c.Member).Distinct()]
            : [];

    private void Audit(ParsedCommand cmd)
    {
        var loop = TargetLoop(cmd, l => l.Auditor == Me && PhaseOf(l).Kind == PhaseKind.Audit);
        if (loop is null || !InPhase(loop, Languages.Deed.Auditing, PhaseKind.Audit))
            return;
        if (SampleAuthors(loop, PhaseOf(loop)).Contains(Me))
        {
            Tell(
                $"One of your checks is in the audit sample of #{loop.No}, so you can't audit it: independent eyes keep receipts honest. {HandleOf(loop.Auditor)} is the auditor."
            );
            return;
        }
        if (Involved(loop).Contains(Me))
        {
            Tell(
                $"You asked, stewarded or built #{loop.No}, so you can't audit it: independent eyes keep receipts honest. {HandleOf(loop.Auditor)} is the auditor."
            );
            return;
        }
        if (!May(loop, FlowAction.Audit, Languages.Deed.AuditIt))
            return;
        var words = cmd.Words;
        var verdict = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        var note = words.Length > 1 ? string.Join(' ', words[1..]) : "";
        if (verdict is not ("ok" or "flag"))
        {
            Tell(
                $"Please say ok or flag: /audit #{loop.No} ok <note>, or /audit #{loop.No} flag <what is wrong>."
            );
            return;
        }
        if (note.Length == 0)
        {
            Tell(
                verdict == "ok"
                    ? $"Add a short note on what you checked: /audit #{loop.No} ok Receipts match, she confirmed the ride."
                    : $"What is wrong? The builders need to know: /audit #{loop.No} flag <what is wrong>."
            );
            return;
        }
        if (note.Length > MaxNoteLength)
        {
            Tell($"Please keep the note under {MaxNoteLength} characters.");
            return;
        }
        if (verdict == "ok")
        {
            Record(loop, ReceiptKind.AuditConfirmed, MyHandleSafe, note, evidence: Links.In(note));
            Close(loop, $"audit confirmed by {MyHandleSafe}");
            return;
        }
        var flagged = Record(
            loop,
            ReceiptKind.AuditFlagged,
            MyHandleSafe,
            note,
            evidence: Links.In(note)
        );
        var onFlag = PhaseOf(loop).Audit?.OnFlag ?? FlowDefinition.RollbackTarget;
        Say(loop, $"🚩 {MyHandleSafe} flagged #{loop.No}: {Shown(flagged)}");
        if (onFlag == FlowDefinition.RollbackTarget)
        {
            RecordBot(
                loop,
                ReceiptKind.Rollback,
                $"Rolled back after the audit flag: {flagged.Summary}",
                evidence: [$"receipt:#{flagged.Seq}"]
            );
            CloseUndecided(loop with { Undo = [] }, "rolled back after the audit", "closed");
            return;
        }
        // The re-audit samples afresh, and always sees what is added after this flag.
        EnterPhase(
            loop with
            {
                Undo = [],
                AuditRound = loop.AuditRound + 1,
                FlaggedAtSeq = flagged.Seq,
            },
            onFlag,
            "the audit flagged a problem to fix"
        );
    }
}
