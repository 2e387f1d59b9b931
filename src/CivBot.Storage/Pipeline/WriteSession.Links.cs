namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;
using CivBot.Storage.Database;

/// <summary>
/// Join codes and linking chats (<c>/link</c>): link codes and moving a chat from one group to another. Rare statements,
/// written once for both providers.
/// </summary>
internal abstract partial class WriteSession
{
    /// <summary>Chats this transaction moved between groups; the router forgets them once it commits.</summary>
    public List<ChatAddress> Rebound { get; } = [];

    /// <summary>Makes <paramref name="code"/> the group's only join code; false when another group already holds it.</summary>
    public bool RegisterJoinCode(GroupId group, string code, DateTimeOffset now)
    {
        using (var delete = Command("DELETE FROM join_codes WHERE group_id = @g AND code <> @c"))
            delete.With("g", group.Value).With("c", code).ExecuteNonQuery();
        using (
            var insert = Command(
                "INSERT INTO join_codes (code, group_id, created_at) VALUES (@c, @g, @t) ON CONFLICT (code) DO NOTHING"
            )
        )
            insert
                .With("c", code)
                .With("g", group.Value)
                .With("t", UnixTime.Ms(now))
                .ExecuteNonQuery();
        using var select = Command("SELECT group_id FROM join_codes WHERE code = @c");
        return select.With("c", code).ExecuteScalar() as string == group.Value;
    }

    /// <summary>Makes <paramref name="code"/> the group's only link code, or retires the group's code when null.</summary>
    public void RegisterLinkCode(GroupId group, string? code, DateTimeOffset expiresAt)
    {
        using (var delete = Command("DELETE FROM link_codes WHERE group_id = @g"))
            delete.With("g", group.Value).ExecuteNonQuery();
        if (code is null)
            return;
        using var insert = Command(
            "INSERT INTO link_codes (code, group_id, expires_at) VALUES (@c, @g, @t) ON CONFLICT DO NOTHING"
        );
        insert
            .With("c", code)
            .With("g", group.Value)
            .With("t", UnixTime.Ms(expiresAt))
            .ExecuteNonQuery();
    }

    /// <summary>The group whose live link code this is, or null (no such code, used, or expired).</summary>
    public GroupId? LinkCodeGroup(string code, DateTimeOffset now)
    {
        using var command = Command(
            "SELECT group_id FROM link_codes WHERE code = @c AND expires_at >= @now"
        );
        return command.With("c", code).With("now", UnixTime.Ms(now)).ExecuteScalar() is string group
            ? new GroupId(group)
            : null;
    }

    /// <summary>Binds <paramref name="chat"/> to <paramref name="group"/>, wherever it was bound before.</summary>
    public void RebindChat(ChatAddress chat, GroupId group, DateTimeOffset now)
    {
        using var command = Command(
            "INSERT INTO chats (channel, chat_id, group_id, created_at) VALUES (@ch, @id, @g, @t) "
                + "ON CONFLICT (channel, chat_id) DO UPDATE SET group_id = excluded.group_id"
        );
        command
            .With("ch", chat.Channel)
            .With("id", chat.ChatId)
            .With("g", group.Value)
            .With("t", UnixTime.Ms(now))
            .ExecuteNonQuery();
        _groupChats.Clear();
        Rebound.Add(chat);
    }

    public void RetireJoinCode(GroupId group)
    {
        using var command = Command("DELETE FROM join_codes WHERE group_id = @g");
        command.With("g", group.Value).ExecuteNonQuery();
    }

    /// <summary>The group a chat is bound to, if any.</summary>
    public GroupId? BoundGroup(ChatAddress chat)
    {
        using var command = Command(
            "SELECT group_id FROM chats WHERE channel = @ch AND chat_id = @id"
        );
        return
            command.With("ch", chat.Channel).With("id", chat.ChatId).ExecuteScalar() is string group
            ? new GroupId(group)
            : null;
    }
}
