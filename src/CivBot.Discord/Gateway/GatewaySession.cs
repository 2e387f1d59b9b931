namespace CivBot.Discord.Gateway;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// One gateway session across as many connections as it takes: identify once, then resume on the resume URL after a
/// drop, a Reconnect, a resumable Invalid Session or a missed heartbeat ACK, so Discord replays what was missed. Only
/// the close codes that need a configuration change end it. Reconnects back off (1 s, 2 s, 4 s ... a minute).
/// </summary>
internal sealed partial class GatewaySession(
    IGatewayEvents events,
    IOptions<DiscordOptions> options,
    GatewayTiming timing,
    TimeProvider time,
    ILogger<GatewaySession> logger
)
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    public const int Intents = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15);

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly string _token = options.Value.Token;
    private readonly TimeSpan _reconnectDelay = TimeSpan.FromSeconds(
        options.Value.ReconnectDelaySeconds
    );

    public string? SessionId { get; private set; }

    /// <summary>The last dispatch handled: heartbeats report it and a resume replays from after it.</summary>
    public long? Sequence { get; private set; }

    public string? ResumeUrl { get; private set; }

    /// <summary>True from READY (or RESUMED) until that connection ends.</summary>
    public bool Connected { get; private set; }

    /// <summary>Runs until cancelled or until Discord closes with a code that forbids reconnecting (returned).</summary>
    public async Task<int?> RunAsync(string gatewayUrl, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = SessionId is not null && ResumeUrl is not null;
            var url = WithQuery(resume ? ResumeUrl! : gatewayUrl);
            GatewayOutcome outcome;
            var ready = false;
            try
            {
                (outcome, ready) = await ConnectAsync(url, resume, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception e)
            {
                outcome = new GatewayOutcome(GatewayNext.Resume, $"connection failed: {e.Message}");
            }
            Connected = false;
            if (outcome.Next == GatewayNext.Stop)
            {
                logger.LogError(
                    "Discord closed the gateway with {Code} ({Reason}); not reconnecting until the configuration is fixed",
                    outcome.CloseCode,
                    outcome.Reason
                );
                return outcome.CloseCode;
            }
            if (outcome.Next == GatewayNext.Identify)
            {
                SessionId = null;
                ResumeUrl = null;
                Sequence = null;
            }
            failures = ready ? 0 : failures + 1;
            var wait = outcome.Immediately && failures == 0 ? TimeSpan.Zero : Backoff(failures);
            logger.LogInformation(
                "Discord gateway connection ended ({Reason}); {Next} in {Wait}",
                outcome.Reason,
                SessionId is null ? "identifying" : "resuming",
                wait
            );
            try
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        return null;
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(
            Math.Min(
                MaxBackoff.TotalMilliseconds,
                _reconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 10))
            )
        );

    internal static string WithQuery(string url)
    {
        var trimmed = url.Split('?')[0].TrimEnd('/');
        return trimmed + "/?v=10&encoding=json";
    }
}
