namespace CivBot.Core.Model;

/// <summary>Where a message can be sent: a channel name (telegram, discord, sms, playground) and that channel's chat id.</summary>
public readonly record struct ChatAddress(string Channel, string ChatId)
{
    public override string ToString() => $"{Channel}:{ChatId}";
}
