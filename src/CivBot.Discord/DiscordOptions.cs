namespace CivBot.Discord;

/// <summary>Section <c>CivBot:Discord</c> (environment: <c>CivBot__Discord__Token</c> and so on).</summary>
public sealed class DiscordOptions
{
    /// <summary>The bot token from the developer portal. Secret: sent only in the Authorization header, never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id, for slash commands; when empty, the one READY reports is used.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Servers whose slash commands are registered directly (they appear at once); empty means global commands.</summary>
    public List<string> GuildIds { get; set; } = [];

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Overrides the gateway address <c>GET /gateway/bot</c> would give (a test server, say).</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Run each loop in a thread started from its ask.</summary>
    public bool UseThreads { get; set; }

    /// <summary>How long one REST call may take before it counts as a timeout (and is retried later).</summary>
    public double RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>The first pause before reconnecting to the gateway; it doubles per failure up to a minute.</summary>
    public double ReconnectDelaySeconds { get; set; } = 1;
}
