namespace CivBot.Telegram.Receiving;

using CivBot.Core.Ports;

/// <summary>
/// Telegram is ready when its last getUpdates answered (polling) or when Telegram accepted the webhook (webhook mode).
/// </summary>
internal sealed class TelegramReadiness : IChannelReadiness
{
    private volatile string _detail = "not started";
    private volatile bool _ready;

    public string Channel => TelegramChannel.Name;

    public bool IsReady(out string detail)
    {
        detail = _detail;
        return _ready;
    }

    public void Set(bool ready, string detail)
    {
        _detail = detail;
        _ready = ready;
    }
}
