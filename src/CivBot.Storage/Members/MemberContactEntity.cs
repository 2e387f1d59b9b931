namespace CivBot.Storage.Members;

/// <summary>A row of <c>member_contacts</c>: where a member can be reached privately.</summary>
public sealed class MemberContactEntity
{
    public required string MemberId { get; set; }
    public required string DmChannel { get; set; }
    public required string DmChatId { get; set; }
    public bool Reachable { get; set; }
    public long UpdatedAt { get; set; }
}
