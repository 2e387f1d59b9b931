namespace CivBot.Storage.Groups;

/// <summary>A row of <c>link_codes</c>: "/link <see cref="Code"/>" in another chat asks to join <see cref="GroupId"/>.</summary>
public sealed class LinkCodeEntity
{
    public required string Code { get; set; }
    public required string GroupId { get; set; }
    public long ExpiresAt { get; set; }
}
