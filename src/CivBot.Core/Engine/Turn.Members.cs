namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Model;

internal sealed partial class Turn
{
    // True when this event made the sender a member (a "JOIN" is announced to the group only then).
    private bool _joinedNow;

    /// <summary>Anyone who speaks in a group's chat is a member; handles follow their latest display name.</summary>
    private void EnsureMember()
    {
        var existing = State.Member(Me);
        // A chosen name (/name, "NAME ..." over SMS) outlives the channel's default handle such as "texter-1a2b".
        if (existing is not null && (existing.Handle == MyHandle || existing.NameChosen))
            return;
        var handle = DefaultHandle(TextHygiene.Clean(MyHandle));
        if (existing is null)
        {
            var member = new MemberState(
                Me,
                handle,
                State.Members.Count,
                ImmutableDictionary<Role, long>.Empty,
                ImmutableHashSet<Role>.Empty
            );
            State = State with { Members = State.Members.Add(member) };
            _joinedNow = true;
        }
        else if (existing.Handle != handle)
        {
            State = State with
            {
                Members = State.Members.Replace(existing, existing with { Handle = handle }),
            };
        }
    }

    /// <summary>
    /// A channel's display name, unless it would pose as the bot or another member or hide something: then a free
    /// variant ("Ann 2"), since nobody typed a command that could be refused.
    /// </summary>
    private string DefaultHandle(string displayName)
    {
        var others = State.Members.Where(m => m.Id != Me).Select(m => m.Handle).ToList();
        var safe = PersonalData.SafeHandle(displayName);
        return HandleRules.Problem(safe, others) is null
            ? safe
            : HandleRules.Variant(safe, others, GroupWords.SuggestedName);
    }

    private void OnMembership(bool joined)
    {
        var member = State.Member(Me)!;
        if (joined)
        {
            if (!member.Active)
                State = State with
                {
                    Members = State.Members.Replace(member, member with { Active = true }),
                };
            Say(null, w => w.Welcome(member.Handle));
            return;
        }
        // Leaving the chat takes the member out of rotation; roles they hold in open loops stay recorded, and the
        // steward can re-pick with /next where that matters.
        State = State with
        {
            Members = State.Members.Replace(member, member with { Active = false }),
        };
    }

    private void UpdateMember(MemberState member) =>
        State = State with { Members = State.Members.Replace(State.Member(member.Id)!, member) };

    /// <summary>
    /// Rotation: the least-recently-served eligible member (never served counts as longest ago; ties go to who
    /// joined first). Whoever served last has the highest mark, so nobody holds a role two loops running while
    /// someone else is eligible. <paramref name="avoid"/> is a soft preference, <paramref name="never"/> a hard rule.
    /// </summary>
    private MemberState? Pick(
        Role role,
        IReadOnlyCollection<MemberId> never,
        IReadOnlyCollection<MemberId>? avoid = null
    )
    {
        var eligible = State
            .Members.Where(m =>
                m.Active
                && m.Id != MemberId.System
                && !m.OptedOut.Contains(role)
                && !never.Contains(m.Id)
            )
            .ToList();
        if (avoid is { Count: > 0 } && eligible.Any(m => !avoid.Contains(m.Id)))
            eligible = [.. eligible.Where(m => !avoid.Contains(m.Id))];
        return eligible
            .OrderBy(m => m.LastServedAs(role))
            .ThenBy(m => m.JoinOrder)
            .FirstOrDefault();
    }

    /// <summary>Marks the member as having served the role now.</summary>
    private void Served(MemberId member, Role role)
    {
        var assignments = State.Assignments + 1;
        State = State with { Assignments = assignments };
        var m = State.Member(member)!;
        UpdateMember(m with { LastServed = m.LastServed.SetItem(role, assignments) });
    }

    /// <summary>Who would be picked next for each role, for /roles.</summary>
    private MemberState? NextUp(Role role) => Pick(role, []);

    /// <summary>A member's handle; "someone" when they are gone, "nobody yet" when nobody holds the role, in <paramref name="w"/>.</summary>
    private string HandleOf(Languages.Words w, MemberId? id) => Texts.Handle(w, id, State);
}
