namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CivBot.Core.Model;

/// <summary>A member of a group and their rotation history.</summary>
/// <param name="JoinOrder">Breaks rotation ties: earlier joiners first.</param>
/// <param name="LastServed">For each role, the group's assignment counter when the member last took it.</param>
/// <param name="OptedOut">Roles the member opted out of.</param>
/// <param name="Active">False once the member opted out of the group: no roles, no nudges.</param>
/// <param name="Language">The language of the member's direct messages: their platform's locale, or their choice.</param>
/// <param name="LanguageChosen">The member chose it (<c>/language</c> in a DM, ES or EN over SMS); the platform's locale no longer replaces it.</param>
/// <param name="NameChosen">The member chose their handle (<c>/name</c>); the channel's display name no longer replaces it.</param>
public sealed record MemberState(
    MemberId Id,
    string Handle,
    int JoinOrder,
    ImmutableDictionary<Role, long> LastServed,
    ImmutableHashSet<Role> OptedOut,
    bool Active = true,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        bool NameChosen = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        string? Language = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        bool LanguageChosen = false
)
{
    public long LastServedAs(Role role) => LastServed.TryGetValue(role, out var at) ? at : -1;
}
