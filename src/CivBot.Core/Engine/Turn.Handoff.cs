namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Flows;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>Handing a role on at once: <c>/handoff</c>, or <c>/optout &lt;role&gt;</c> while holding it on open loops.</summary>
internal sealed partial class Turn
{
    private void Handoff(ParsedCommand cmd)
    {
        var mine = State.Loops.Where(l => RolesIn(l).Count > 0).ToList();
        LoopState? loop;
        if (cmd.Loop is { } n)
        {
            loop = TargetLoop(cmd);
            if (loop is null)
                return;
            if (RolesIn(loop).Count == 0)
            {
                Tell(w => w.NoRoleOn(loop.No));
                return;
            }
            _ = n;
        }
        else if (mine.Count == 1)
            loop = mine[0];
        else
        {
            Tell(w =>
                mine.Count == 0
                    ? w.NoRoleAnywhere
                    : w.SayWhichRole(w.JoinOr([.. mine.Select(l => $"#{l.No}")]), mine[^1].No)
            );
            return;
        }
        foreach (var role in RolesIn(loop))
            HandOn(State.Loop(loop.No)!, role);
    }

    /// <summary>Hands on every role of <paramref name="role"/> the sender holds on open loops (after <c>/optout role</c>).</summary>
    private void HandOnEverywhere(Role role)
    {
        foreach (
            var no in State.Loops.Where(l => RolesIn(l).Contains(role)).Select(l => l.No).ToList()
        )
            HandOn(State.Loop(no)!, role);
    }

    private List<Role> RolesIn(LoopState loop)
    {
        var roles = new List<Role>();
        if (loop.Steward == Me)
            roles.Add(Role.Steward);
        // Once the work is reported done there is nothing left to build, so nothing to hand on.
        if (loop.Builders.Contains(Me) && PhaseOf(loop).Kind == PhaseKind.Do)
            roles.Add(Role.Builder);
        if (loop.Auditor == Me)
            roles.Add(Role.Auditor);
        return roles;
    }

    private void HandOn(LoopState loop, Role role)
    {
        switch (role)
        {
            case Role.Steward:
                HandOnSteward(loop);
                break;
            case Role.Builder:
                AssignBuilder(
                    loop,
                    [Me],
                    Languages.Why.HandedOnLoop(MyHandleSafe, loop.No),
                    Languages.BuilderReason.HandedOn
                );
                break;
            case Role.Auditor when PhaseOf(loop).Kind == PhaseKind.Audit:
                RepickAuditor(loop, PhaseOf(loop), Languages.Why.HandedOnBy(MyHandleSafe));
                break;
            case Role.Auditor:
                // Chosen for an audit that has not started: the audit picks again when it starts.
                Put(loop with { Auditor = null });
                break;
        }
    }

    private void HandOnSteward(LoopState loop)
    {
        var next = Pick(Role.Steward, [Me], avoid: [loop.Asker, .. loop.Builders]);
        if (next is null)
        {
            Tell(w => w.NobodyElseToSteward(loop.No));
            return;
        }
        loop = loop with { Steward = next.Id };
        Put(loop);
        Served(next.Id, Role.Steward);
        Record(
            loop,
            ReceiptKind.Role,
            MyHandleSafe,
            Languages.Phrases.StewardHandedOn(next.Handle, loop.No, MyHandleSafe)
        );
        Say(loop, w => w.StewardHandedOn(MyHandleSafe, loop.No, next.Handle));
        Dm(
            next.Id,
            w => w.StewardPicked(loop.No, Texts.Short(loop.Ask, 100)),
            fallbackToGroup: false
        );
    }
}
