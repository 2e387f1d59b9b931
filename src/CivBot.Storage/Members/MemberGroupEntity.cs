namespace CivBot.Storage.Members;

/// <summary>A row of <c>member_groups</c>: a member was last seen in a group at <see cref="LastSeen"/>.</summary>
public sealed class MemberGroupEntity
{
    public required string MemberId { get; set; }
    public required string GroupId { get; set; }
    public long LastSeen { get; set; }
}
