namespace CivBot.Discord.Receiving;

/// <summary>Who this bot is, from READY: its user id (to ignore its own messages) and its application id.</summary>
internal sealed class BotUser
{
    public string? UserId { get; set; }

    public string? ApplicationId { get; set; }
}
