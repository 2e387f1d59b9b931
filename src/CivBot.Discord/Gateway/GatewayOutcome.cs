namespace CivBot.Discord.Gateway;

/// <summary>How one connection ended and what the next one does.</summary>
internal sealed record GatewayOutcome(GatewayNext Next, string Reason, bool Immediately = false)
{
    /// <summary>The close code when <see cref="Next"/> is <see cref="GatewayNext.Stop"/>.</summary>
    public int? CloseCode { get; init; }
}
