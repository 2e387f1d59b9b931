namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;

/// <summary>Where an inbound event goes: a group (binding its chat first when the group is new), or nowhere yet.</summary>
internal sealed record Route(GroupId? Group, bool BindChat)
{
    public static readonly Route Unrouted = new(null, false);
}
