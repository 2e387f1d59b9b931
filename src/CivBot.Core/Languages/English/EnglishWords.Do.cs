namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string DoStarted(
        int loop,
        string decision,
        string? builders,
        Moment? pickAfter,
        Moment deadline
    ) =>
        $"#{loop} moves to Do ({PhaseMeaning(PhaseKind.Do)}): {decision}."
        + (
            builders is not null
                ? $" Builders: {builders}. They report with /done <outcome>."
                : " Who will do it? /claim to volunteer."
        )
        + (pickAfter is { } m ? $" If nobody claims {When(m)}, I'll pick someone by rotation." : "")
        + $" Record costs with /spend <amount> <currency> <what>; deadline {When(deadline)}.";

    public override string AlreadyBuilder(int loop) =>
        $"You are already a builder on #{loop}. Report with /done #{loop} <outcome> when finished.";

    public override string BuildersFull(int loop, int max, string builders) =>
        $"#{loop} already has {Texts.Count(max, "builder", "builders")} ({builders}). You can still help with /add #{loop} <progress>.";

    public override string OptedOutOfBuilding =>
        "You opted out of building. /optin builder first if you want to claim this.";

    public override string Building(string who, int loop, string decision) =>
        $"🔨 {who} is building #{loop}: {decision}. Record costs with /spend and finish with /done <outcome>.";

    public override string SpendTry(string problem, int loop) =>
        $"{problem} Try: /spend #{loop} 12.50 USD gas for the ride";

    public override string Spent(string who, string amount, int loop, string what, string totals) =>
        $"💸 {who} spent {amount} on #{loop}: {what}. Total so far: {totals}.";

    public override string DoneWhat(int loop) =>
        $"What was the outcome? e.g. /done #{loop} Drove her there at 4:40, she made the appointment.";

    public override string OutcomeTooLong(int max) =>
        $"Please keep the outcome under {max} characters; add details with /add first.";

    public override string ReportsDone(string who, int loop, string outcome) =>
        $"✔️ {who} reports #{loop} done: {outcome}";

    public override string YourAskDone(int loop, string outcome) =>
        $"Your ask #{loop} is done: {outcome}";

    public override string SpendNeedsParts =>
        "A spend needs an amount, a currency and what it was for.";

    public override string SpendMustBePositive =>
        "A spend is money paid out, so it must be more than zero.";

    public override string NotAnAmount(string what) =>
        $"\"{what}\" isn't an amount I can read (use digits and a dot, like 12.50).";

    public override string NotACurrency(string what) =>
        $"\"{what}\" isn't a currency code I know; use its ISO code, like USD, EUR, GBP or JPY.";

    public override string NoMinorUnit(string currency) =>
        $"{currency} has no smaller unit, so the amount must be a whole number.";

    public override string TooManyDecimals(string currency, int decimals) =>
        $"{currency} amounts have at most {decimals} decimals.";

    public override string OverCeiling(string ceiling) =>
        $"That is more than one spend may be here ({ceiling}); check the amount, or record it in parts the group agreed.";

    public override string SpendWhatTooLong => "Please describe the spend in under 200 characters.";

    public override string CheckWhat(int loop) =>
        $"What did you check? e.g. /check #{loop} Eastside Clinic: phone number and hours are right. A link or photo works too.";

    public override string CheckTooLong(int max) =>
        $"Please keep one check under {max} characters; send several /check messages instead.";

    public override string CheckRecorded(
        int loop,
        string who,
        int mine,
        int quota,
        int done,
        int members,
        int total
    ) =>
        $"✔️ Check recorded for #{loop}, {who}. "
        + (
            mine >= quota
                ? $"That's {mine} from you: quota met, thank you!"
                : $"That's {mine} of your {quota}."
        )
        + $" Group: {done} of {members} members done, {Texts.Count(total, "check", "checks")} in all. /status #{loop} shows who is short.";

    public override string ShortOfQuota(string rows, int more) =>
        $" · short: {rows}{(more > 0 ? $" and {more} more" : "")}";

    public override string NoIndependentAuditor(int loop, string steward) =>
        $"#{loop} needs an audit, but nobody independent is available: everyone eligible asked, stewarded or built it (or opted out). When someone new joins, {steward} can pick an auditor with /next #{loop}.";

    public override string AuditStarted(int loop, string auditor) =>
        $"🔎 #{loop} moves to Audit. {auditor} checks the receipts and the outcome, then /audit ok <note> or /audit flag <what is wrong>.";

    public override string AuditRequestHead(int reminder, int loop, string ask) =>
        reminder == 0
            ? $"You are the auditor of #{loop}: {ask}"
            : $"Reminder {reminder}: please audit #{loop}: {ask}";

    public override string AuditLookOver(int loop, bool sampled) =>
        $"Look over /receipts #{loop}{(sampled ? " and these sampled checks:" : ".")}";

    public override string SampledCheck(long receipt, string who, string text) =>
        $"- receipt #{receipt} by {who}: {text}";

    public override string AuditReply(int loop) =>
        $"Then reply /audit #{loop} ok <note> or /audit #{loop} flag <what is wrong>.";

    public override string InAuditSample(int loop, string auditor) =>
        $"One of your checks is in the audit sample of #{loop}, so you can't audit it: independent eyes keep receipts honest. {auditor} is the auditor.";

    public override string TooInvolvedToAudit(int loop, string auditor) =>
        $"You asked, stewarded or built #{loop}, so you can't audit it: independent eyes keep receipts honest. {auditor} is the auditor.";

    public override string AuditOkOrFlag(int loop) =>
        $"Please say ok or flag: /audit #{loop} ok <note>, or /audit #{loop} flag <what is wrong>.";

    public override string AuditNoteMissing(bool ok, int loop) =>
        ok
            ? $"Add a short note on what you checked: /audit #{loop} ok Receipts match, she confirmed the ride."
            : $"What is wrong? The builders need to know: /audit #{loop} flag <what is wrong>.";

    public override string AuditNoteTooLong(int max) =>
        $"Please keep the note under {max} characters.";

    public override string Flagged(string who, int loop, string note) =>
        $"🚩 {who} flagged #{loop}: {note}";
}
