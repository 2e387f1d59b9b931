namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;
using CivBot.Storage.Database;

/// <summary>Linking chats (<c>/link</c>): link codes and moving a chat from one group to another.</summary>
internal sealed partial class WriteSession
{
    /// <summary>Chats this transaction moved between groups; the router forgets them once it commits.</summary>
    public List<ChatAddress> Rebound { get; } = [];

    /// <summary>Makes <paramref name="code"/> the group's only link code, or retires the group's code when null.</summary>
    public void RegisterLinkCode(GroupId group, string? code, DateTimeOffset expiresAt)
    {
        using var command = Command(
            "DELETE FROM link_codes WHERE group_id = $g"
                + (
                    code is null
                        ? ";"
                        : "; INSERT OR IGNORE INTO link_codes (code, group_id, expires_at) VALUES ($c, $g, $t);"
                )
        );
        command.Parameters.AddWithValue("$g", group.Value);
        if (code is not null)
        {
            command.Parameters.AddWithValue("$c", code);
            command.Parameters.AddWithValue("$t", UnixTime.Ms(expiresAt));
        }
        command.ExecuteNonQuery();
    }

    /// <summary>The group whose live link code this is, or null (no such code, used, or expired).</summary>
    public GroupId? LinkCodeGroup(string code, DateTimeOffset now)
    {
        using var command = Command(
            "SELECT group_id FROM link_codes WHERE code = $c AND expires_at >= $now"
        );
        command.Parameters.AddWithValue("$c", code);
        command.Parameters.AddWithValue("$now", UnixTime.Ms(now));
        return command.ExecuteScalar() is string group ? new GroupId(group) : null;
    }

    /// <summary>Binds <paramref name="chat"/> to <paramref name="group"/>, wherever it was bound before.</summary>
    public void RebindChat(ChatAddress chat, GroupId group, DateTimeOffset now)
    {
        using var command = Command(
            "INSERT INTO chats (channel, chat_id, group_id, created_at) VALUES ($ch, $id, $g, $t) "
                + "ON CONFLICT (channel, chat_id) DO UPDATE SET group_id = excluded.group_id"
        );
        command.Parameters.AddWithValue("$ch", chat.Channel);
        command.Parameters.AddWithValue("$id", chat.ChatId);
        command.Parameters.AddWithValue("$g", group.Value);
        command.Parameters.AddWithValue("$t", UnixTime.Ms(now));
        command.ExecuteNonQuery();
        _groupChats.Clear();
        Rebound.Add(chat);
    }

    public void RetireJoinCode(GroupId group)
    {
        using var command = Command("DELETE FROM join_codes WHERE group_id = $g");
        command.Parameters.AddWithValue("$g", group.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The group a chat is bound to, if any.</summary>
    public GroupId? BoundGroup(ChatAddress chat)
    {
        using var command = Command(
            "SELECT group_id FROM chats WHERE channel = $ch AND chat_id = $id"
        );
        command.Parameters.AddWithValue("$ch", chat.Channel);
        command.Parameters.AddWithValue("$id", chat.ChatId);
        return command.ExecuteScalar() is string group ? new GroupId(group) : null;
    }

    private Microsoft.Data.Sqlite.SqliteCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
