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
                Say(loop, w => w.NoIndependentAuditor(loop.No, HandleOf(w, loop.Steward)));
                return;
            }
            loop = loop with { Auditor = auditor.Id };
            Put(loop);
            Served(auditor.Id, Role.Auditor);
            RecordBot(
                loop,
                ReceiptKind.Role,
                Languages.Phrases.AuditorByRotation(auditor.Handle, loop.No)
            );
        }
        var flow = FlowOf(loop);
        Say(
            loop,
            w =>
                Texts.Template(
                    w,
                    flow,
                    "audit_started",
                    w.AuditStarted(loop.No, HandleOf(w, loop.Auditor)),
                    ("loop", loop.No.ToString(CultureInfo.InvariantCulture)),
                    ("ask", loop.Ask),
                    ("auditor", HandleOf(w, loop.Auditor))
                )
        );
        Dm(loop.Auditor!.Value, w => AuditRequest(w, loop, phase, reminder: 0), loop: loop);
    }

    private static string AuditRequest(
        Languages.Words w,
        LoopState loop,
        PhaseDefinition phase,
        int reminder
    )
    {
        var sb = new StringBuilder();
        sb.Append(w.AuditRequestHead(reminder, loop.No, Texts.Short(loop.Ask, 100))).Append('\n');
        var sample = phase.Audit?.Sample ?? 0;
        var sampled = sample > 0 && loop.Checks.Count > 0;
        sb.Append(w.AuditLookOver(loop.No, sampled)).Append('\n');
        if (sampled)
        {
            foreach (var c in Sample(loop, sample))
                sb.Append(w.SampledCheck(c.ReceiptSeq, c.Handle, Texts.Short(c.Text, 120)))
                    .Append('\n');
        }
        sb.Append(w.AuditReply(loop.No));
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
            Tell(w => w.InAuditSample(loop.No, HandleOf(w, loop.Auditor)));
            return;
        }
        if (Involved(loop).Contains(Me))
        {
            Tell(w => w.TooInvolvedToAudit(loop.No, HandleOf(w, loop.Auditor)));
            return;
        }
        if (!May(loop, FlowAction.Audit, Languages.Deed.AuditIt))
            return;
        var words = cmd.Words;
        // "ok"/"flag", or another language's words ("bien"/"problema"): each reader is told their own.
        var verdict = words.Length > 0 ? Languages.Words.AuditVerdict(words[0]) : null;
        var note = words.Length > 1 ? string.Join(' ', words[1..]) : "";
        if (verdict is not { } ok)
        {
            Tell(w => w.AuditOkOrFlag(loop.No));
            return;
        }
        if (note.Length == 0)
        {
            Tell(w => w.AuditNoteMissing(ok, loop.No));
            return;
        }
        if (note.Length > MaxNoteLength)
        {
            Tell(w => w.AuditNoteTooLong(MaxNoteLength));
            return;
        }
        if (ok)
        {
            Record(loop, ReceiptKind.AuditConfirmed, MyHandleSafe, note, evidence: Links.In(note));
            Close(loop, Languages.Why.AuditConfirmedBy(MyHandleSafe));
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
        Say(loop, w => w.Flagged(MyHandleSafe, loop.No, Shown(flagged)));
        if (onFlag == FlowDefinition.RollbackTarget)
        {
            RecordBot(
                loop,
                ReceiptKind.Rollback,
                Languages.Phrases.RolledBack(flagged.Summary),
                evidence: [$"receipt:#{flagged.Seq}"]
            );
            CloseUndecided(
                loop with
                {
                    Undo = [],
                },
                Languages.Why.RolledBackAfterAudit,
                Languages.Why.ClosedPlainly
            );
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
            Languages.Why.AuditFlaggedToFix
        );
    }
}
