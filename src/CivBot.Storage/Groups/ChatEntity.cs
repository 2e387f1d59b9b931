namespace CivBot.Storage.Groups;

/// <summary>A row of <c>chats</c>: a group chat bound to a group.</summary>
public sealed class ChatEntity
{
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public required string GroupId { get; set; }
    public long CreatedAt { get; set; }
}
