namespace CivBot.Storage.Sms;

/// <summary>A row of <c>join_codes</c>: texting "JOIN <see cref="Code"/>" joins <see cref="GroupId"/>.</summary>
public sealed class JoinCodeEntity
{
    public required string Code { get; set; }
    public required string GroupId { get; set; }
    public long CreatedAt { get; set; }
}
