namespace CivBot.Telegram;

/// <summary>How updates arrive: long polling (works behind NAT) or Telegram POSTing to our webhook.</summary>
public enum TelegramMode
{
    Polling,
    Webhook,
}
