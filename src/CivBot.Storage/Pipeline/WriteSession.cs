namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;
using CivBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

/// <summary>
/// One write transaction on the writer connection, holding the write gate until disposed. Disposing without
/// <see cref="Commit"/> rolls everything back.
/// </summary>
internal sealed partial class WriteSession(
    SqliteConnection connection,
    SqliteTransaction transaction,
    Statements statements,
    WriteGate.Releaser gate
) : IDisposable
{
    private bool _done;

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    /// <summary>How many outbox rows this transaction wrote (the dispatcher is woken only when there are some).</summary>
    public int OutboxRows { get; private set; }

    public void Commit()
    {
        transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        try
        {
            if (!_done)
                transaction.Rollback();
        }
        finally
        {
            statements.Enlist(null);
            transaction.Dispose();
            gate.Dispose();
        }
    }

    /// <summary>False when (channel, platform id) was seen before: the event is a replay.</summary>
    public bool InsertInbox(
        string channel,
        string platformId,
        GroupId? group,
        DateTimeOffset now,
        string status
    ) =>
        statements
            .InsertInbox.Text(1, channel)
            .Text(2, platformId)
            .Text(3, group?.Value)
            .Int(4, UnixTime.Ms(now))
            .Text(5, status)
            .Run() == 1;

    public void SetInboxStatus(string channel, string platformId, string status) =>
        Execute(statements.SetInboxStatus, channel, platformId, status);

    public void BindChat(ChatAddress chat, GroupId group, DateTimeOffset now)
    {
        Execute(statements.BindChat, chat.Channel, chat.ChatId, group.Value, UnixTime.Ms(now));
        _groupChats.Remove(group);
    }

    public void TouchMemberGroup(MemberId member, GroupId group, DateTimeOffset now) =>
        Execute(statements.TouchMemberGroup, member.Value, group.Value, UnixTime.Ms(now));

    public void UpsertContact(MemberId member, ChatAddress directChat, DateTimeOffset now) =>
        Execute(
            statements.UpsertContact,
            member.Value,
            directChat.Channel,
            directChat.ChatId,
            UnixTime.Ms(now)
        );

    /// <summary>The member's private chat when it is known and still reachable.</summary>
    public ChatAddress? ReachableContact(MemberId member)
    {
        Bind(statements.SelectContact, member.Value);
        using var reader = statements.SelectContact.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(2) == 0)
            return null;
        return new ChatAddress(reader.GetString(0), reader.GetString(1));
    }

    public (string StateJson, long Version)? SelectGroup(GroupId group)
    {
        Bind(statements.SelectGroup, group.Value);
        using var reader = statements.SelectGroup.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public void InsertGroup(GroupId group, string stateJson, DateTimeOffset now) =>
        Execute(statements.InsertGroup, group.Value, stateJson, UnixTime.Ms(now));

    /// <summary>False when the stored version is no longer <paramref name="expectedVersion"/> (someone else wrote).</summary>
    public bool UpdateGroup(
        GroupId group,
        string stateJson,
        long expectedVersion,
        DateTimeOffset now
    ) =>
        statements
            .UpdateGroup.Text(1, group.Value)
            .Text(2, stateJson)
            .Int(3, UnixTime.Ms(now))
            .Int(4, expectedVersion)
            .Run() == 1;

    // A group's chats rarely change; within one transaction they change only through BindChat and RebindChat, which clear this.
    private readonly Dictionary<GroupId, List<ChatAddress>> _groupChats = [];

    public List<ChatAddress> GroupChats(GroupId group)
    {
        if (_groupChats.TryGetValue(group, out var cached))
            return cached;
        var chats = SelectGroupChats(group);
        _groupChats[group] = chats;
        return chats;
    }

    private List<ChatAddress> SelectGroupChats(GroupId group)
    {
        Bind(statements.SelectGroupChats, group.Value);
        using var reader = statements.SelectGroupChats.ExecuteReader();
        var chats = new List<ChatAddress>();
        while (reader.Read())
            chats.Add(new ChatAddress(reader.GetString(0), reader.GetString(1)));
        return chats;
    }

    public void InsertReceipt(Receipt r) =>
        statements
            .InsertReceipt.Text(1, r.Group.Value)
            .Int(2, r.Seq)
            .Int(3, r.Loop)
            .Text(4, r.Kind.WireName())
            .Int(5, UnixTime.Ms(r.At))
            .Text(6, r.Actor)
            .Text(7, r.Summary)
            .Text(8, ReceiptRows.AmountText(r.Amount))
            .Text(9, r.Currency)
            .Text(10, ReceiptRows.EvidenceJson(r.Evidence))
            .Text(11, r.PrevHash)
            .Text(12, r.Hash)
            .Text(13, r.ActorId)
            .Text(14, r.ActorType?.WireName())
            .Int(15, r.Form)
            .Run();

    public void InsertOutbox(
        GroupId? group,
        OutboxDestination to,
        string replyJson,
        string? editKey,
        DateTimeOffset now
    )
    {
        statements
            .InsertOutbox.Text(1, group?.Value)
            .Text(2, to.Chat.Channel)
            .Text(3, to.Chat.ChatId)
            .Text(4, to.ThreadId)
            .Int(5, to.IsDirect ? 1 : 0)
            .Text(6, to.Member?.Value)
            .Text(7, to.RecipientHandle)
            .Text(8, to.MentionHandle)
            .Text(9, replyJson)
            .Text(10, editKey)
            .Int(11, UnixTime.Ms(now))
            .Text(12, to.FallbackThreadChat?.Channel)
            .Text(13, to.FallbackThreadChat?.ChatId)
            .Text(14, to.FallbackThreadId)
            .Run();
        OutboxRows++;
    }

    /// <summary>Makes <paramref name="code"/> the group's only join code; false when another group already holds it.</summary>
    public bool RegisterJoinCode(GroupId group, string code, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "DELETE FROM join_codes WHERE group_id = $g AND code <> $c; "
            + "INSERT INTO join_codes (code, group_id, created_at) VALUES ($c, $g, $t) ON CONFLICT (code) DO NOTHING; "
            + "SELECT group_id FROM join_codes WHERE code = $c;";
        command.Parameters.AddWithValue("$g", group.Value);
        command.Parameters.AddWithValue("$c", code);
        command.Parameters.AddWithValue("$t", UnixTime.Ms(now));
        return command.ExecuteScalar() as string == group.Value;
    }

    public void InsertTimer(GroupId group, DateTimeOffset dueAt, string specJson) =>
        Execute(statements.InsertTimer, group.Value, UnixTime.Ms(dueAt), specJson);

    public void MarkTimerFired(long timerId) => Execute(statements.MarkTimerFired, timerId);

    /// <summary>Newest first; takes one more than <paramref name="take"/> is up to the caller.</summary>
    public List<Receipt> ReceiptsNewestFirst(
        GroupId group,
        int? loop,
        long asOfSeq,
        int take,
        int skip
    )
    {
        var command = loop is null ? statements.ReceiptsPage : statements.LoopReceiptsPage;
        if (loop is { } n)
            Bind(command, group.Value, asOfSeq, take, skip, n);
        else
            Bind(command, group.Value, asOfSeq, take, skip);
        return ReadReceipts(command);
    }

    public List<Receipt> LoopReceipts(GroupId group, int loop)
    {
        Bind(statements.LoopReceipts, group.Value, loop);
        return ReadReceipts(statements.LoopReceipts);
    }

    /// <summary>Streams the group's receipts in sequence order, one at a time.</summary>
    public IEnumerable<Receipt> StreamReceipts(GroupId group)
    {
        Bind(statements.AllReceipts, group.Value);
        using var reader = statements.AllReceipts.ExecuteReader();
        while (reader.Read())
            yield return ReceiptRows.Read(reader);
    }

    public void Savepoint() => statements.Savepoint.Run();

    public void ReleaseSavepoint() => statements.Release.Run();

    public void RollbackToSavepoint() => statements.RollbackTo.Run();

    private static List<Receipt> ReadReceipts(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<Receipt>();
        while (reader.Read())
            list.Add(ReceiptRows.Read(reader));
        return list;
    }

    private static int Execute(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
