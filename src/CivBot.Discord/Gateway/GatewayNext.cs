namespace CivBot.Discord.Gateway;

internal enum GatewayNext
{
    /// <summary>Reconnect to the resume URL and replay what was missed.</summary>
    Resume,

    /// <summary>Connect to the gateway URL and identify as a new session.</summary>
    Identify,

    /// <summary>Do not reconnect (a close code that needs a configuration change).</summary>
    Stop,
}
