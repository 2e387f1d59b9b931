namespace CivBot.Sms;

using CivBot.Core.Ports;

/// <summary>SMS arrives by webhook: there is no connection to keep, so the channel is ready once it is configured.</summary>
internal sealed class SmsReadiness : IChannelReadiness
{
    public string Channel => SmsChannel.Name;

    public bool IsReady(out string detail)
    {
        detail = "receives webhooks";
        return true;
    }
}
