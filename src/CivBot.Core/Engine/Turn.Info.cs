namespace CivBot.Core.Engine;

using System.Text;
using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

internal sealed partial class Turn
{
    private void Status(ParsedCommand cmd)
    {
        if (cmd.Loop is null && State.Loops.Count != 1)
        {
            if (State.Loops.Count == 0)
            {
                Tell(
                    $"No loop is open.{(State.LastClosedLoop is { } c ? $" The last one, #{c}, is closed: /receipts #{c} · /kit #{c}." : "")} Start one with /ask <what you need>{(FlowForNewLoops() is { } f ? $" (it runs on {f.Title}, {Texts.Timeline(English, f.Timeline)}; /flows for others)" : "")}."
                );
                return;
            }
            var sb = new StringBuilder("Open loops:\n");
            foreach (var l in State.Loops)
                sb.Append('#')
                    .Append(l.No)
                    .Append(' ')
                    .Append(Texts.Short(l.Ask, 60))
                    .Append(" · ")
                    .Append(English.PhaseName(PhaseOf(l).Kind))
                    .Append(", ")
                    .Append(When(l.Vote?.Deadline ?? l.PhaseDeadline))
                    .Append('\n');
            sb.Append("Details: /status #N");
            Tell(sb.ToString());
            return;
        }
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        Tell(StatusOf(loop));
    }

    /// <summary>One loop in at most six lines: the ask, who, the phase and its deadline, the facts so far, and the true next step.</summary>
    private string StatusOf(LoopState loop)
    {
        var phase = PhaseOf(loop);
        var s = new StringBuilder();
        s.Append('#').Append(loop.No).Append(": ").Append(Texts.Short(loop.Ask, 100)).Append('\n');
        s.Append("Asked by ").Append(loop.AskerHandle).Append(" · flow ").Append(loop.Flow);
        s.Append(" · steward ").Append(HandleOf(loop.Steward));
        if (loop.Builders.Count > 0)
            s.Append(" · builders ")
                .Append(string.Join(", ", loop.Builders.Select(b => HandleOf(b))));
        if (loop.Auditor is not null)
            s.Append(" · auditor ").Append(HandleOf(loop.Auditor));
        if (loop.Supporters.Count > 0)
            s.Append(" · 👍 ").Append(loop.Supporters.Count);
        s.Append('\n');
        s.Append("Phase: ")
            .Append(English.PhaseName(phase.Kind))
            .Append(" (")
            .Append(English.PhaseMeaning(phase.Kind))
            .Append(')');
        if (loop.Vote is { } open)
            s.Append(", vote closes ").Append(When(open.Deadline));
        else if (phase.Kind != PhaseKind.Audit)
            s.Append(
                loop.PhaseDeadline < now
                    ? $", deadline passed ({English.LocalTime(loop.PhaseDeadline, now, Zone)})"
                    : $", deadline {When(loop.PhaseDeadline)}"
            );
        s.Append('\n');
        if (loop.Vote is not null)
            s.Append(Texts.Short(VoteLine(loop, phase.Vote!), 200)).Append('\n');
        else if (loop.Options.Count > 0 && phase.Kind is PhaseKind.Listen or PhaseKind.Deliberate)
            s.Append(
                    Texts.Short(
                        "Options: "
                            + string.Join(" · ", loop.Options.Select(o => $"{o.Number}) {o.Text}")),
                        200
                    )
                )
                .Append('\n');
        if (loop.Decision is not null)
            s.Append("Decision: ").Append(Texts.Short(loop.Decision, 150)).Append('\n');
        if (LoopSpending.Totals(loop) is { Count: > 0 } spent)
            s.Append("Spent: ").Append(Currencies.FormatTotals(spent)).Append('\n');
        if (phase.Collect is { } collect)
        {
            var (done, members, total) = CollectProgress(loop, collect.Quota);
            s.Append("Checks: ")
                .Append(total)
                .Append(", ")
                .Append(done)
                .Append(" of ")
                .Append(members)
                .Append(" members at quota ")
                .Append(collect.Quota)
                .Append(ShortOfQuota(English, loop, collect.Quota))
                .Append('\n');
        }
        s.Append("Next: ").Append(NextStep(loop, phase));
        return s.ToString();
    }

    /// <summary>The open vote on one line: each option's count, turnout and quorum.</summary>
    private string VoteLine(LoopState loop, VoteSettings settings)
    {
        var vote = loop.Vote!;
        var eligible = Eligible();
        var turnout =
            $"{vote.Ballots.Count + vote.Objections.Count} of {eligible} voted, quorum {settings.Quorum.Required(eligible)}";
        if (vote.Kind == VoteKind.Consent)
            return $"Proposal: {loop.Options[vote.ConsentOption!.Value - 1].Text} · {vote.Ballots.Count} consent, {vote.Objections.Count} object · {turnout}";
        var counts = VoteView.Counts(loop);
        return "Votes: "
            + string.Join(
                " · ",
                loop.Options.Select(o =>
                    $"{o.Number}) {Texts.Short(o.Text, 30)} {counts[o.Number - 1]}"
                )
            )
            + $" · {turnout}";
    }

    /// <summary>The one thing that moves this loop on now, and who does it.</summary>
    private string NextStep(LoopState loop, PhaseDefinition phase)
    {
        var no = loop.No;
        var steward = HandleOf(loop.Steward);
        var builders = string.Join(", ", loop.Builders.Select(b => HandleOf(b)));
        return phase.Kind switch
        {
            PhaseKind.Listen when loop.Options.Count > 0 =>
                $"add context (/add #{no}) or more options (/propose #{no}); {steward} moves it on with /next #{no}, or it moves by itself {When(loop.PhaseDeadline)}.",
            PhaseKind.Listen =>
                $"add context with /add #{no} or propose an option with /propose #{no} <option>.",
            PhaseKind.Deliberate when loop.Vote is { } vote =>
                $"{Texts.VoteUsage(English, loop, vote.Kind)} It closes {When(vote.Deadline)}.",
            PhaseKind.Deliberate when loop.Options.Count == 0 =>
                $"propose an option with /propose #{no} <option>; the vote needs at least one.",
            PhaseKind.Deliberate =>
                $"{steward} opens the vote with /vote #{no}, or it opens by itself {When(loop.PhaseDeadline)}. More options first? /propose #{no}.",
            PhaseKind.Do when loop.Builders.Count == 0 => $"who will do it? /claim #{no}.",
            PhaseKind.Do when now >= loop.PhaseDeadline =>
                $"it is past its deadline: {builders} /done #{no} <outcome>; {steward} can pick new builders with /next #{no} or end it with /withdraw #{no}.",
            PhaseKind.Do =>
                $"{builders} record costs with /spend #{no} and report /done #{no} <outcome>.",
            PhaseKind.Collect => $"send your checks with /check #{no} <what you checked>.",
            PhaseKind.Audit when MayCloseUnaudited(loop, phase) =>
                $"nobody has audited it; {steward} may close it unaudited with /next #{no}.",
            PhaseKind.Audit when loop.Auditor is null =>
                $"it needs an independent auditor; {steward} picks one with /next #{no} once someone is free.",
            PhaseKind.Audit =>
                $"{HandleOf(loop.Auditor)} checks the receipts and replies /audit #{no} ok <note> or /audit #{no} flag <problem>.",
            _ => English.WhatNow(phase.Kind),
        };
    }

    private void Roles()
    {
        var sb = new StringBuilder();
        if (State.Loops.Count == 0)
            sb.Append("No loop is open, so nobody holds a role right now.\n");
        foreach (var l in State.Loops)
        {
            sb.Append('#')
                .Append(l.No)
                .Append(" (")
                .Append(l.Flow)
                .Append("): steward ")
                .Append(HandleOf(l.Steward));
            sb.Append(" · builders ")
                .Append(
                    l.Builders.Count == 0
                        ? "none yet"
                        : string.Join(", ", l.Builders.Select(b => HandleOf(b)))
                );
            sb.Append(" · auditor ").Append(HandleOf(l.Auditor)).Append('\n');
        }
        sb.Append("Next by rotation: ");
        sb.Append(
            string.Join(
                " · ",
                Enum.GetValues<Role>()
                    .Select(r => $"{r.Name()} {NextUp(r)?.Handle ?? "nobody eligible"}")
            )
        );
        sb.Append('\n');
        var outs = State.Members.Where(m => m.OptedOut.Count > 0 || !m.Active).ToList();
        if (outs.Count > 0)
        {
            sb.Append("Opted out: ");
            sb.Append(
                string.Join(
                    ", ",
                    outs.Select(m =>
                        m.Active
                            ? $"{m.Handle} ({string.Join("/", m.OptedOut.Order().Select(r => r.Name()))})"
                            : $"{m.Handle} (group)"
                    )
                )
            );
            sb.Append('\n');
        }
        sb.Append(
            "Rotation picks whoever served a role longest ago; nobody audits a loop they asked, stewarded or built. /optout <role> · /optin <role>"
        );
        Tell(sb.ToString());
    }

    private void OptOut(ParsedCommand cmd, bool optIn)
    {
        var verb = optIn ? "optin" : "optout";
        var what = cmd.Args.Trim().ToLowerInvariant();
        var member = State.Member(Me)!;
        if (what is "group" or "all")
        {
            UpdateMember(member with { Active = optIn });
            Tell(
                optIn
                    ? "Welcome back! You're in the rotation and will get nudges again."
                    : "You're out of this group's loops: no roles, no reminders, and no adding or voting. You stay in the chat and your receipts stay on the record. /optin group brings you back."
            );
            if (!optIn)
                foreach (var r in Enum.GetValues<Role>())
                    HandOnEverywhere(r);
            return;
        }
        if (!RoleNames.TryParse(what, out var role))
        {
            Tell(
                $"Which role? /{verb} steward, /{verb} builder, /{verb} auditor, or /{verb} group."
            );
            return;
        }
        UpdateMember(
            member with
            {
                OptedOut = optIn ? member.OptedOut.Remove(role) : member.OptedOut.Add(role),
            }
        );
        Tell(
            optIn
                ? $"You're back in the {role.Name()} rotation."
                : $"You're out of the {role.Name()} rotation from now on. /optin {role.Name()} to come back."
        );
        if (!optIn)
            HandOnEverywhere(role);
    }

    private void Receipts(ParsedCommand cmd)
    {
        var more = cmd.Words.Any(w => w.Equals("more", StringComparison.OrdinalIgnoreCase));
        var unknown = cmd
            .Words.Where(w => !w.Equals("more", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (unknown.Count > 0)
        {
            Tell(
                "Try /receipts for the latest, /receipts #3 for one loop, and add \"more\" to page back."
            );
            return;
        }
        if (cmd.Loop is { } n && n >= State.NextLoopNo)
        {
            Tell($"There is no loop #{n} yet. {OpenLoopsHint()}");
            return;
        }
        var cursor = State.ReceiptCursors.GetValueOrDefault(Me);
        var next =
            more && cursor is not null && cursor.Loop == cmd.Loop
                ? cursor with
                {
                    Page = cursor.Page + 1,
                }
                : new ReceiptCursor(cmd.Loop, 1, State.Head.Seq);
        State = State with { ReceiptCursors = State.ReceiptCursors.SetItem(Me, next) };
        Emit(new ShowReceipts(Origin, next.Loop, next.Page, next.AsOfSeq, Here.Code));
    }

    private void Kit(ParsedCommand cmd)
    {
        int? loop =
            cmd.Loop ?? State.LastClosedLoop ?? (State.Loops.Count == 1 ? State.Loops[0].No : null);
        if (loop is not { } n)
        {
            Tell(
                State.Loops.Count == 0
                    ? "No loop has closed yet, so there is no kit. Kits appear when a loop closes."
                    : $"Which loop? e.g. /kit #{State.Loops[^1].No}"
            );
            return;
        }
        if (n >= State.NextLoopNo)
        {
            Tell($"There is no loop #{n} yet. {OpenLoopsHint()}");
            return;
        }
        Emit(new ShowKit(Origin, n, Here.Code));
    }

    private void Help()
    {
        var sb = new StringBuilder();
        sb.Append(
            "I'm CivBot, a bot that helps this group turn asks into small, accountable actions, with receipts.\n"
        );
        sb.Append("Ask & listen: /ask <need> · /add <note or link> · +1\n");
        sb.Append("Decide: /propose <option> · /vote <n> · /object <reason>\n");
        sb.Append("Do: /claim · /spend <amount> <currency> <what> · /done <outcome>\n");
        sb.Append("Audit: /audit ok <note> · /audit flag <problem> · Checks: /check <what>\n");
        sb.Append(
            "Steward: /vote (open it) · /next · /undo · Asker: /withdraw <why> ends your ask\n"
        );
        sb.Append("See: /status · /roles · /receipts [#N] [more] · /verify · /kit [#N]\n");
        sb.Append(
            "Flows: /flows (what this group can run) · /flow <id> (the default) · /timezone <zone>"
        );
        foreach (var f in engine.Flows.All.Where(f => f.Command is not null))
            sb.Append(" · /").Append(f.Command).Append(" <need>");
        sb.Append('\n');
        sb.Append(
            "Public page: /publish [name] [evidence] (the group decides) · /unpublish takes it down\n"
        );
        sb.Append("AI drafts: /ai on (the group decides) · /ai off · /draft [#N]\n");
        sb.Append(
            "Chats: /link (an admin links another chat) · /links · /unlink · /me link (your accounts on two channels as one)\n"
        );
        sb.Append(
            "You: /handoff [#N] (hand your role on) · /optout <role> · /optout group (no roles, reminders or taking part) · /optin · /name <what others see>\n"
        );
        sb.Append(
            "Phones: /smscode gives the code to text (JOIN <code>) so anyone can take part by SMS\n"
        );
        sb.Append("Add #N to pick a loop when several are open. I'm not an emergency service.");
        var mine = State
            .Loops.Where(l => l.Steward == Me || l.Builders.Contains(Me) || l.Auditor == Me)
            .ToList();
        foreach (var l in mine)
        {
            var role =
                l.Steward == Me ? "steward"
                : l.Auditor == Me ? "auditor"
                : "builder";
            sb.Append($"\nYou are {role} of #{l.No}: {English.WhatNow(PhaseOf(l).Kind)}");
        }
        Tell(sb.ToString());
    }
}
