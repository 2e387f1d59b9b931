namespace CivBot.Core.Receipts;

/// <summary>
/// Who wrote a receipt. The bot's receipts are marked by type, not by a handle, so no member's name can pass for them.
/// </summary>
public enum ActorType
{
    Member,
    Bot,
}
