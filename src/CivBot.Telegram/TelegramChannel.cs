namespace CivBot.Telegram;

/// <summary>The channel name in chat addresses and member ids (<c>telegram:-100123</c>, <c>telegram:42</c>).</summary>
public static class TelegramChannel
{
    public const string Name = "telegram";

    public const string Section = "CivBot:Telegram";
}
