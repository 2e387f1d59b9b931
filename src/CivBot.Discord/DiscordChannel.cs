namespace CivBot.Discord;

/// <summary>
/// The channel name in chat addresses and member ids: <c>discord:&lt;channel id&gt;</c> for a server channel,
/// <c>discord:dm:&lt;user id&gt;</c> for a direct conversation, <c>discord:&lt;user id&gt;</c> for a member.
/// </summary>
public static class DiscordChannel
{
    public const string Name = "discord";

    public const string Section = "CivBot:Discord";

    /// <summary>Direct conversations are addressed by user, so a DM can be opened before Discord gave it a channel id.</summary>
    public const string DirectPrefix = "dm:";
}
