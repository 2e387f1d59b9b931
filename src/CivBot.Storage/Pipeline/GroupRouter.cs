namespace CivBot.Storage.Pipeline;

using System.Collections.Concurrent;
using CivBot.Core.Commands;
using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Storage.Database;

/// <summary>
/// Finds the group an event belongs to. Chat bindings rarely change, so committed ones are cached; private messages
/// follow the member to the group they were most recently seen in.
/// Synchronous on purpose (SQLite reads are in-process and fast; PostgreSQL's are one round trip): a submit reaches its group's queue before the call
/// returns, so events submitted one after another are queued, and handled, in that order.
/// </summary>
internal sealed class GroupRouter(DbConnections connections)
{
    private readonly ConcurrentDictionary<ChatAddress, GroupId> _chats = new();

    // SQLite: this process is the only writer and hears of every rebinding (Forget), so a cached binding is current.
    // PostgreSQL: another instance may move a chat (/link) at any time, and checking a cached binding costs the same
    // primary-key lookup as reading it, so every event reads it: never stale.
    private readonly bool _cacheBindings = connections.Provider == StorageProvider.Sqlite;

    public Route Resolve(InboundEvent e)
    {
        if (_cacheBindings && _chats.TryGetValue(e.Chat, out var cached))
            return new Route(cached, false);
        using var connection = connections.Connect();
        using (var chat = connection.CreateCommand())
        {
            chat.CommandText = "SELECT group_id FROM chats WHERE channel = @c AND chat_id = @id";
            chat.With("c", e.Chat.Channel).With("id", e.Chat.ChatId);
            if (chat.ExecuteScalar() is string bound)
            {
                var group = new GroupId(bound);
                if (_cacheBindings)
                    _chats[e.Chat] = group;
                return new Route(group, false);
            }
        }
        if (!e.IsPrivate)
        {
            // The id is derived from the chat, so concurrent first events of a new chat agree on it without a lock;
            // the chat row is written by the group's own transaction.
            return new Route(new GroupId(e.Chat.ToString()), true);
        }
        // "JOIN <code>" goes to the code's group, whichever group the sender was in before.
        if (JoinCodeOf(e) is { } code)
        {
            using var join = connection.CreateCommand();
            join.CommandText = "SELECT group_id FROM join_codes WHERE code = @c";
            join.With("c", code);
            if (join.ExecuteScalar() is string joined)
                return new Route(new GroupId(joined), false);
        }
        using var recent = connection.CreateCommand();
        recent.CommandText =
            "SELECT group_id FROM member_groups WHERE member_id = @m ORDER BY last_seen DESC, group_id LIMIT 1";
        recent.With("m", e.Sender.Id.Value);
        if (recent.ExecuteScalar() is string member)
            return new Route(new GroupId(member), false);
        // A one-group deployment makes every newcomer a member of its group (the first event records member_groups).
        return e.DefaultGroup is { } fallback ? new Route(fallback, false) : Route.Unrouted;
    }

    private static string? JoinCodeOf(InboundEvent e)
    {
        var command = e.Body switch
        {
            TextBody t => CommandParser.Parse(t.Text),
            CommandBody c => CommandParser.FromParts(c.Name, c.Args),
            _ => null,
        };
        return command is { Name: "join" }
            ? JoinCodes.Normalize(command.Words.FirstOrDefault())
            : null;
    }

    /// <summary>Called after a commit bound a chat, so later events skip the lookup.</summary>
    public void Learn(ChatAddress chat, GroupId group)
    {
        if (_cacheBindings)
            _chats[chat] = group;
    }

    /// <summary>For admin code that re-binds a chat: the next event looks the binding up again.</summary>
    public void Forget(ChatAddress chat) => _chats.TryRemove(chat, out _);
}
