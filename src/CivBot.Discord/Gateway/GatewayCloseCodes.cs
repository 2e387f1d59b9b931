namespace CivBot.Discord.Gateway;

/// <summary>What a close code from Discord means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Reconnecting cannot help: the configuration must change first. Null for codes that allow it.</summary>
    public static string? Fatal(int code) =>
        code switch
        {
            4004 => "authentication failed: check CivBot:Discord:Token",
            4010 => "invalid shard",
            4011 => "sharding required: the bot is in too many servers for one connection",
            4012 => "invalid API version",
            4013 => "invalid intents",
            4014 =>
                "disallowed intents: enable the Message Content intent on the Bot page of the developer portal",
            _ => null,
        };

    /// <summary>Invalid sequence and session timeout: the session is gone, so the next connection identifies anew.</summary>
    public static bool EndsSession(int code) => code is 4007 or 4009;
}
