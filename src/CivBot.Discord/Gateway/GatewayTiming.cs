namespace CivBot.Discord.Gateway;

/// <summary>The random parts of gateway timing, replaceable so tests are fast and repeatable.</summary>
internal sealed class GatewayTiming
{
    /// <summary>In [0, 1): scales the first heartbeat so a fleet of reconnecting bots does not beat in step.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
