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
                    $"No loop is open.{(State.LastClosedLoop is { } c ? $" The last one, #{c}, is closed: /receipts #{c} · /kit #{c}." : "")} Start one with /ask <what you need>{(FlowForNewLoops() is { } f ? $" (it runs on {f.Title}, {Texts.Timeline(f.Timeline)}; /flows for others)" : "")}."
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
                    .Append(Texts.PhaseName(PhaseOf(l).Kind))
                    .Append(", ")
                    .Append(Texts.When(l.Vote?.Deadline ?? l.PhaseDeadline, now))
                    .Append('\n');
            sb.Append("Details: /status #N");
            Tell(sb.ToString());
            return;
        }
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        var phase = PhaseOf(loop);
        var s = new StringBuilder();
        s.Append('#').Append(loop.No).Append(": ").Append(loop.Ask).Append('\n');
        s.Append("Asked by ")
            .Append(loop.AskerHandle)
            .Append(" · flow ")
            .Append(loop.Flow)
            .Append('\n');
        s.Append("Phase: ").Append(Texts.PhaseName(phase.Kind));
        if (phase.Kind != PhaseKind.Audit)
            s.Append(", deadline ").Append(Texts.When(loop.PhaseDeadline, now));
        s.Append('\n');
        s.Append("Steward: ").Append(HandleOf(loop.Steward));
        s.Append(" · Builders: ")
            .Append(
                loop.Builders.Count == 0
                    ? "nobody yet"
                    : string.Join(", ", loop.Builders.Select(b => HandleOf(b)))
            );
        s.Append(" · Auditor: ").Append(HandleOf(loop.Auditor)).Append('\n');
        if (loop.Supporters.Count > 0)
            s.Append("👍 ").Append(loop.Supporters.Count).Append(" supporter(s)\n");
        if (loop.Vote is not null)
            s.Append(VoteView.Render(loop, phase.Vote!, Eligible(), now).Text).Append('\n');
        else if (loop.Options.Count > 0)
        {
            s.Append("Options:\n");
            foreach (var o in loop.Options)
                s.Append("  ").Append(o.Number).Append(") ").Append(o.Text).Append('\n');
        }
        if (loop.Decision is not null)
            s.Append("Decision: ").Append(loop.Decision).Append('\n');
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
                .Append('\n');
            s.Append(Tally(loop, collect.Quota));
        }
        s.Append("Next: ").Append(Texts.WhatNow(phase.Kind));
        Tell(s.ToString());
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
                    : "You've left this group's rotation and nudges. Your receipts stay on the record. /optin group brings you back."
            );
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
        Emit(new ShowReceipts(Origin, next.Loop, next.Page, next.AsOfSeq));
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
        Emit(new ShowKit(Origin, n));
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
        sb.Append("Flows: /flows (what this group can run) · /flow <id> (the default)");
        foreach (var f in engine.Flows.All.Where(f => f.Command is not null))
            sb.Append(" · /").Append(f.Command).Append(" <need>");
        sb.Append('\n');
        sb.Append(
            "Public page: /publish [name] [evidence] (the group decides) · /unpublish takes it down\n"
        );
        sb.Append(
            "You: /handoff [#N] (hand your role on) · /optout <role|group> · /optin <role|group> · /name <what others see>\n"
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
            sb.Append($"\nYou are {role} of #{l.No}: {Texts.WhatNow(PhaseOf(l).Kind)}");
        }
        Tell(sb.ToString());
    }
}
