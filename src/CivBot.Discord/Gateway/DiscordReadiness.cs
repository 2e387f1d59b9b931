namespace CivBot.Discord.Gateway;

using CivBot.Core.Ports;

/// <summary>Discord is ready while its gateway connection is identified (READY or RESUMED received).</summary>
internal sealed class DiscordReadiness(GatewaySession session) : IChannelReadiness
{
    public string Channel => DiscordChannel.Name;

    public bool IsReady(out string detail)
    {
        detail = session.Connected ? "gateway connected" : "gateway not connected";
        return session.Connected;
    }
}
