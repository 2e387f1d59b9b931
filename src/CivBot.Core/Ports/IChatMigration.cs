namespace CivBot.Core.Ports;

using CivBot.Core.Model;

/// <summary>
/// A platform moved a chat to a new id (a Telegram group upgraded to a supergroup). The group keeps its loops, roles and
/// receipts: the chat binding and the messages still waiting to be sent follow the chat to its new id.
/// </summary>
public interface IChatMigration
{
    /// <summary>Idempotent: migrating an already migrated chat changes nothing.</summary>
    Task MigrateAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken);
}
