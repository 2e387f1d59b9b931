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
                var flow = FlowForNewLoops();
                Tell(w =>
                    w.NoLoopOpen(
                        State.LastClosedLoop,
                        flow?.Title,
                        flow is null ? null : Texts.Timeline(w, flow.Timeline)
                    )
                );
                return;
            }
            Tell(w =>
            {
                var sb = new StringBuilder(w.OpenLoops).Append('\n');
                foreach (var l in State.Loops)
                    sb.Append('#')
                        .Append(l.No)
                        .Append(' ')
                        .Append(Texts.Short(l.Ask, 60))
                        .Append(" · ")
                        .Append(w.PhaseName(PhaseOf(l).Kind))
                        .Append(", ")
                        .Append(w.When(At(l.Vote?.Deadline ?? l.PhaseDeadline)))
                        .Append('\n');
                return sb.Append(w.StatusDetails).ToString();
            });
            return;
        }
        var loop = TargetLoop(cmd);
        if (loop is null)
            return;
        Tell(w => StatusOf(w, loop));
    }

    /// <summary>One loop in at most six lines: the ask, who, the phase and its deadline, the facts so far, and the true next step.</summary>
    private string StatusOf(Languages.Words w, LoopState loop)
    {
        var phase = PhaseOf(loop);
        var s = new StringBuilder();
        s.Append('#').Append(loop.No).Append(": ").Append(Texts.Short(loop.Ask, 100)).Append('\n');
        s.Append(
                w.StatusWho(
                    loop.AskerHandle,
                    loop.Flow.ToString(),
                    HandleOf(w, loop.Steward),
                    loop.Builders.Count > 0
                        ? string.Join(", ", loop.Builders.Select(b => HandleOf(w, b)))
                        : null,
                    loop.Auditor is null ? null : HandleOf(w, loop.Auditor),
                    loop.Supporters.Count
                )
            )
            .Append('\n');
        s.Append(
                w.StatusPhase(
                    phase.Kind,
                    loop.Vote is { } open ? At(open.Deadline) : null,
                    phase.Kind != PhaseKind.Audit ? At(loop.PhaseDeadline) : null
                )
            )
            .Append('\n');
        if (loop.Vote is not null)
            s.Append(Texts.Short(VoteLine(w, loop, phase.Vote!), 200)).Append('\n');
        else if (loop.Options.Count > 0 && phase.Kind is PhaseKind.Listen or PhaseKind.Deliberate)
            s.Append(
                    Texts.Short(
                        w.StatusOptions(
                            string.Join(" · ", loop.Options.Select(o => $"{o.Number}) {o.Text}"))
                        ),
                        200
                    )
                )
                .Append('\n');
        if (loop.Decision is not null)
            s.Append(w.StatusDecision(Texts.Short(loop.Decision, 150))).Append('\n');
        if (LoopSpending.Totals(loop) is { Count: > 0 } spent)
            s.Append(w.StatusSpent(w.Totals(spent))).Append('\n');
        if (phase.Collect is { } collect)
        {
            var (done, members, total) = CollectProgress(loop, collect.Quota);
            s.Append(
                    w.StatusChecks(
                        total,
                        done,
                        members,
                        collect.Quota,
                        ShortOfQuota(w, loop, collect.Quota)
                    )
                )
                .Append('\n');
        }
        s.Append(w.StatusNext(NextStep(w, loop, phase)));
        return s.ToString();
    }

    /// <summary>The open vote on one line: each option's count, turnout and quorum.</summary>
    private string VoteLine(Languages.Words w, LoopState loop, VoteSettings settings)
    {
        var vote = loop.Vote!;
        var eligible = Eligible();
        var turnout = w.StatusTurnout(
            vote.Ballots.Count + vote.Objections.Count,
            eligible,
            settings.Quorum.Required(eligible)
        );
        if (vote.Kind == VoteKind.Consent)
            return w.StatusConsent(
                loop.Options[vote.ConsentOption!.Value - 1].Text,
                vote.Ballots.Count,
                vote.Objections.Count,
                turnout
            );
        var counts = VoteView.Counts(loop);
        return w.StatusVotes(
            string.Join(
                " · ",
                loop.Options.Select(o =>
                    $"{o.Number}) {Texts.Short(o.Text, 30)} {counts[o.Number - 1]}"
                )
            ),
            turnout
        );
    }

    /// <summary>The one thing that moves this loop on now, and who does it.</summary>
    private string NextStep(Languages.Words w, LoopState loop, PhaseDefinition phase)
    {
        var step = phase.Kind switch
        {
            PhaseKind.Listen when loop.Options.Count > 0 => Languages.Step.ListenWithOptions,
            PhaseKind.Listen => Languages.Step.Listen,
            PhaseKind.Deliberate when loop.Vote is not null => Languages.Step.Voting,
            PhaseKind.Deliberate when loop.Options.Count == 0 => Languages.Step.ProposeFirst,
            PhaseKind.Deliberate => Languages.Step.OpenTheVote,
            PhaseKind.Do when loop.Builders.Count == 0 => Languages.Step.Claim,
            PhaseKind.Do when now >= loop.PhaseDeadline => Languages.Step.DoLate,
            PhaseKind.Do => Languages.Step.Do,
            PhaseKind.Collect => Languages.Step.Collect,
            PhaseKind.Audit when MayCloseUnaudited(loop, phase) => Languages.Step.AuditStuck,
            PhaseKind.Audit when loop.Auditor is null => Languages.Step.AuditNeedsAuditor,
            PhaseKind.Audit => Languages.Step.Audit,
            _ => (Languages.Step?)null,
        };
        if (step is not { } next)
            return w.WhatNow(phase.Kind);
        var text = w.NextStep(
            next,
            loop.No,
            HandleOf(w, loop.Steward),
            string.Join(", ", loop.Builders.Select(b => HandleOf(w, b))),
            HandleOf(w, loop.Auditor),
            At(loop.Vote?.Deadline ?? loop.PhaseDeadline)
        );
        return loop.Vote is { } vote && next == Languages.Step.Voting
            ? Texts.VoteUsage(w, loop, vote.Kind) + " " + text
            : text;
    }

    private void Roles() =>
        Tell(w =>
        {
            var sb = new StringBuilder();
            if (State.Loops.Count == 0)
                sb.Append(w.NobodyHoldsARole).Append('\n');
            foreach (var l in State.Loops)
                sb.Append(
                        w.LoopRoles(
                            l.No,
                            l.Flow.ToString(),
                            HandleOf(w, l.Steward),
                            l.Builders.Count == 0
                                ? null
                                : string.Join(", ", l.Builders.Select(b => HandleOf(w, b))),
                            HandleOf(w, l.Auditor)
                        )
                    )
                    .Append('\n');
            sb.Append(
                    w.NextByRotation(
                        string.Join(
                            " · ",
                            Enum.GetValues<Role>().Select(r => w.NextUp(r, NextUp(r)?.Handle))
                        )
                    )
                )
                .Append('\n');
            var outs = State.Members.Where(m => m.OptedOut.Count > 0 || !m.Active).ToList();
            if (outs.Count > 0)
                sb.Append(
                        w.OptedOutList(
                            string.Join(
                                ", ",
                                outs.Select(m =>
                                    m.Active
                                        ? $"{m.Handle} ({string.Join("/", m.OptedOut.Order().Select(w.RoleName))})"
                                        : w.OutOfTheGroup(m.Handle)
                                )
                            )
                        )
                    )
                    .Append('\n');
            return sb.Append(w.RotationRule).ToString();
        });

    private void OptOut(ParsedCommand cmd, bool optIn)
    {
        var verb = optIn ? "optin" : "optout";
        var what = cmd.Args.Trim().ToLowerInvariant();
        var member = State.Member(Me)!;
        if (what is "group" or "all")
        {
            UpdateMember(member with { Active = optIn });
            Tell(w => optIn ? w.BackInGroup : w.OutOfGroup);
            if (!optIn)
                foreach (var r in Enum.GetValues<Role>())
                    HandOnEverywhere(r);
            return;
        }
        if (!RoleNames.TryParse(what, out var role))
        {
            Tell(w => w.WhichRole(w.Command(verb)));
            return;
        }
        UpdateMember(
            member with
            {
                OptedOut = optIn ? member.OptedOut.Remove(role) : member.OptedOut.Add(role),
            }
        );
        Tell(w => optIn ? w.RotationBack(role) : w.RotationOut(role));
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
            Tell(w => w.ReceiptsUsage);
            return;
        }
        if (cmd.Loop is { } n && n >= State.NextLoopNo)
        {
            Tell(w => w.NoSuchLoopYet(n, OpenLoopsHint(w)));
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
            Tell(w => State.Loops.Count == 0 ? w.NoKitYet : w.WhichKit(State.Loops[^1].No));
            return;
        }
        if (n >= State.NextLoopNo)
        {
            Tell(w => w.NoSuchLoopYet(n, OpenLoopsHint(w)));
            return;
        }
        var args = cmd.Args.Trim();
        if (args.Length > 0 && !args.Equals("full", StringComparison.OrdinalIgnoreCase))
        {
            Tell(w => w.KitUsage(n));
            return;
        }
        Emit(new ShowKit(Origin, n, Full: args.Length > 0, Here.Code));
    }

    private void Help()
    {
        var withCommands = engine.Flows.All.Where(f => f.Command is not null).ToList();
        var mine = State
            .Loops.Where(l => l.Steward == Me || l.Builders.Contains(Me) || l.Auditor == Me)
            .ToList();
        Tell(w =>
        {
            var flowCommands = string.Concat(
                withCommands.Select(f => " · " + w.StartOn(f.Command, f.Id))
            );
            var sb = new StringBuilder(w.Help(flowCommands));
            foreach (var l in mine)
            {
                var role =
                    l.Steward == Me ? Role.Steward
                    : l.Auditor == Me ? Role.Auditor
                    : Role.Builder;
                sb.Append('\n').Append(w.YouHoldRole(role, l.No, PhaseOf(l).Kind));
            }
            return sb.ToString();
        });
    }
}
