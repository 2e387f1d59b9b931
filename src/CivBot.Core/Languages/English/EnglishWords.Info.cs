namespace CivBot.Core.Languages;

using CivBot.Core.Flows;
using CivBot.Core.Model;

internal sealed partial class EnglishWords
{
    public override string NoLoopOpen(int? lastClosed, string? flow, string? timeline) =>
        "No loop is open."
        + (
            lastClosed is { } c
                ? $" The last one, #{c}, is closed: /receipts #{c} · /kit #{c}."
                : ""
        )
        + " Start one with /ask <what you need>"
        + (flow is not null ? $" (it runs on {flow}, {timeline}; /flows for others)" : "")
        + ".";

    public override string OpenLoops => "Open loops:";

    public override string StatusDetails => "Details: /status #N";

    public override string StatusWho(
        string asker,
        string flow,
        string steward,
        string? builders,
        string? auditor,
        int supporters
    ) =>
        $"Asked by {asker} · flow {flow} · steward {steward}"
        + (builders is not null ? $" · builders {builders}" : "")
        + (auditor is not null ? $" · auditor {auditor}" : "")
        + (supporters > 0 ? $" · 👍 {supporters}" : "");

    public override string StatusPhase(PhaseKind kind, Moment? voteCloses, Moment? deadline) =>
        $"Phase: {PhaseName(kind)} ({PhaseMeaning(kind)})"
        + (
            voteCloses is { } v ? $", vote closes {When(v)}"
            : deadline is { Passed: true } p ? $", deadline passed ({LocalTime(p)})"
            : deadline is { } d ? $", deadline {When(d)}"
            : ""
        );

    public override string StatusOptions(string options) => $"Options: {options}";

    public override string StatusDecision(string decision) => $"Decision: {decision}";

    public override string StatusSpent(string totals) => $"Spent: {totals}";

    public override string StatusChecks(
        int total,
        int done,
        int members,
        int quota,
        string shortOf
    ) => $"Checks: {total}, {done} of {members} members at quota {quota}{shortOf}";

    public override string StatusNext(string step) => $"Next: {step}";

    public override string StatusTurnout(int voted, int eligible, int quorum) =>
        $"{voted} of {eligible} voted, quorum {quorum}";

    public override string StatusConsent(
        string proposal,
        int consent,
        int objections,
        string turnout
    ) => $"Proposal: {proposal} · {consent} consent, {objections} object · {turnout}";

    public override string StatusVotes(string counts, string turnout) =>
        $"Votes: {counts} · {turnout}";

    public override string NextStep(
        Step step,
        int loop,
        string steward,
        string builders,
        string auditor,
        Moment when
    ) =>
        step switch
        {
            Step.ListenWithOptions =>
                $"add context (/add #{loop}) or more options (/propose #{loop}); {steward} moves it on with /next #{loop}, or it moves by itself {When(when)}.",
            Step.Listen =>
                $"add context with /add #{loop} or propose an option with /propose #{loop} <option>.",
            Step.Voting => $"It closes {When(when)}.",
            Step.ProposeFirst =>
                $"propose an option with /propose #{loop} <option>; the vote needs at least one.",
            Step.OpenTheVote =>
                $"{steward} opens the vote with /vote #{loop}, or it opens by itself {When(when)}. More options first? /propose #{loop}.",
            Step.Claim => $"who will do it? /claim #{loop}.",
            Step.DoLate =>
                $"it is past its deadline: {builders} /done #{loop} <outcome>; {steward} can pick new builders with /next #{loop} or end it with /withdraw #{loop}.",
            Step.Do =>
                $"{builders} record costs with /spend #{loop} and report /done #{loop} <outcome>.",
            Step.Collect => $"send your checks with /check #{loop} <what you checked>.",
            Step.AuditStuck =>
                $"nobody has audited it; {steward} may close it unaudited with /next #{loop}.",
            Step.AuditNeedsAuditor =>
                $"it needs an independent auditor; {steward} picks one with /next #{loop} once someone is free.",
            _ =>
                $"{auditor} checks the receipts and replies /audit #{loop} ok <note> or /audit #{loop} flag <problem>.",
        };

    public override string RoleName(Role role) => role.Name();

    public override string BackInGroup =>
        "Welcome back! You're in the rotation and will get nudges again.";

    public override string OutOfGroup =>
        "You're out of this group's loops: no roles, no reminders, and no adding or voting. You stay in the chat and your receipts stay on the record. /optin group brings you back.";

    public override string WhichRole(string command) =>
        $"Which role? /{command} steward, /{command} builder, /{command} auditor, or /{command} group.";

    public override string RotationBack(Role role) => $"You're back in the {role.Name()} rotation.";

    public override string RotationOut(Role role) =>
        $"You're out of the {role.Name()} rotation from now on. /optin {role.Name()} to come back.";

    public override string ReceiptsUsage =>
        "Try /receipts for the latest, /receipts #3 for one loop, and add \"more\" to page back.";

    public override string NoKitYet =>
        "No loop has closed yet, so there is no kit. Kits appear when a loop closes.";

    public override string KitUsage(int loop) =>
        $"/kit #{loop} gives a short summary; /kit #{loop} full gives the whole kit.";

    public override string WhichKit(int loop) => $"Which loop? e.g. /kit #{loop}";

    public override string Help(string flowCommands) =>
        "I'm CivBot, a bot that helps this group turn asks into small, accountable actions, with receipts.\n"
        + "Ask & listen: /ask <need> · /add <note or link> · +1\n"
        + "Decide: /propose <option> · /vote <n> · /object <reason>\n"
        + "Do: /claim · /spend <amount> <currency> <what> · /done <outcome>\n"
        + "Audit: /audit ok <note> · /audit flag <problem> · Checks: /check <what>\n"
        + "Steward: /vote (open it) · /next · /undo · Asker: /withdraw <why> ends your ask\n"
        + "See: /status · /roles · /receipts [#N] [more] · /verify · /kit [#N] · /improve <one thing to do better>\n"
        + $"Flows: /flows (what this group can run) · /flow <id> (the default) · /timezone <zone>{flowCommands}\n"
        + "Public page: /publish [name] [evidence] (the group decides) · /unpublish takes it down\n"
        + "AI drafts: /ai on (the group decides) · /ai off · /draft [#N]\n"
        + "Chats: /link (an admin links another chat) · /links · /unlink · /me link (your accounts on two channels as one)\n"
        + "You: /handoff [#N] (hand your role on) · /optout <role> · /optout group (no roles, reminders or taking part) · /optin · /name <what others see> · /language es (en español)\n"
        + "Phones: /smscode gives the code to text (JOIN <code>) so anyone can take part by SMS\n"
        + "Add #N to pick a loop when several are open. I'm not an emergency service.";

    public override string YouHoldRole(Role role, int loop, PhaseKind phase) =>
        $"You are {RoleName(role)} of #{loop}: {WhatNow(phase)}";
}
