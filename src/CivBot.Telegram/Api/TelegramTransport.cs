namespace CivBot.Telegram.Api;

/// <summary>
/// The HTTP handler every Bot API call goes through: sockets with a bounded connection lifetime (DNS changes are
/// picked up). A test can wrap it, e.g. to adapt the npm emulator's answers where they differ from Telegram's.
/// </summary>
public sealed class TelegramTransport(HttpMessageHandler handler)
{
    public HttpMessageHandler Handler { get; } = handler;

    public static TelegramTransport Sockets() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
}
