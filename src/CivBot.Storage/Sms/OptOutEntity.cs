namespace CivBot.Storage.Sms;

/// <summary>A row of <c>contact_optouts</c>: this chat (an SMS number) said STOP at <see cref="At"/>.</summary>
public sealed class OptOutEntity
{
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public long At { get; set; }
}
