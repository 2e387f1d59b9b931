namespace CivBot.Storage.Groups;

using System.Data.Common;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Pipeline;
using Microsoft.Extensions.Logging;

/// <summary>
/// Rebinds a chat to its new id in one transaction: the chats row (so the group, its state and receipts stay as they
/// are) and the pending outbox rows (so queued messages reach the new chat, still in id order). Then the group's own
/// engine is told (<see cref="ChatMovedBody"/>), so its state (linked chats, members' last chats, loops' threads) names
/// the new id too.
/// </summary>
internal sealed class ChatMigration(
    DbConnections connections,
    WriteGate gate,
    GroupRouter router,
    OutboxSignal signal,
    IGroupEvents events,
    ILogger<ChatMigration> logger
) : IChatMigration
{
    public async Task MigrateAsync(
        ChatAddress from,
        ChatAddress to,
        CancellationToken cancellationToken
    )
    {
        if (from == to)
            return;
        int moved;
        string? group;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var connection = await connections.ConnectAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            group = Scalar(
                connection,
                transaction,
                "SELECT group_id FROM chats WHERE channel = @c AND chat_id = @id",
                from
            );
            if (group is not null)
            {
                // When the new chat spoke first it was bound to a fresh group of its own; the old group (with the
                // loops and receipts) wins, and the fresh one is left with no chat.
                Execute(
                    connection,
                    transaction,
                    "DELETE FROM chats WHERE channel = @c AND chat_id = @new",
                    from,
                    to
                );
                Execute(
                    connection,
                    transaction,
                    "UPDATE chats SET chat_id = @new WHERE channel = @c AND chat_id = @id",
                    from,
                    to
                );
            }
            moved = Execute(
                connection,
                transaction,
                "UPDATE outbox SET chat_id = @new WHERE channel = @c AND chat_id = @id AND status = 'pending'",
                from,
                to
            );
            await transaction.CommitAsync(cancellationToken);
        }
        router.Forget(from);
        router.Forget(to);
        logger.LogInformation(
            "Chat {From} moved to {To} (group {Group}); {Moved} queued message(s) follow it",
            from,
            to,
            group,
            moved
        );
        if (moved > 0)
            signal.Notify();
        if (group is not null)
            // The platform id names the old chat: the same move reported twice (Telegram tells it in the old and the
            // new chat, and a send to the old id reports it again) reaches the group once.
            await events.SubmitToGroupAsync(
                new GroupId(group),
                new InboundEvent(
                    to,
                    Sender.System,
                    MovedPrefix + from.ChatId,
                    new ChatMovedBody(from)
                ),
                cancellationToken
            );
    }

    /// <summary>The platform id of a chat's move: this and the old chat id (platform update ids are numbers).</summary>
    public const string MovedPrefix = "moved-from:";

    private static string? Scalar(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        ChatAddress chat
    )
    {
        using var command = Sql.Command(connection, sql, transaction)
            .With("c", chat.Channel)
            .With("id", chat.ChatId);
        return command.ExecuteScalar() as string;
    }

    private static int Execute(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        ChatAddress from,
        ChatAddress to
    )
    {
        using var command = Sql.Command(connection, sql, transaction)
            .With("c", from.Channel)
            .With("id", from.ChatId)
            .With("new", to.ChatId);
        return command.ExecuteNonQuery();
    }
}
