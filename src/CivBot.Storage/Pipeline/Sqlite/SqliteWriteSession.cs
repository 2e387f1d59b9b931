namespace CivBot.Storage.Pipeline;

using System.Data.Common;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;
using CivBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

/// <summary>
/// A write transaction on SQLite's one writer connection, through its prepared statements, holding the write gate
/// until disposed. The three inserts every event makes and the group update are bound by position on the raw handle
/// (<see cref="RawStatement"/>): the benchmark showed Microsoft.Data.Sqlite's by-name lookup costing more than SQLite's
/// own work there (docs/performance.md); everything else is a prepared Microsoft.Data.Sqlite command.
/// </summary>
internal sealed class SqliteWriteSession(
    SqliteConnection connection,
    SqliteTransaction transaction,
    Statements statements,
    WriteGate.Releaser gate
) : WriteSession
{
    protected override DbConnection Connection => connection;

    protected override DbTransaction Transaction => transaction;

    protected override void Close()
    {
        statements.Enlist(null);
        transaction.Dispose();
        gate.Dispose();
    }

    /// <summary>One writer per file: the write gate and BEGIN IMMEDIATE already hold every group.</summary>
    public override void LockGroups(IEnumerable<GroupId> groups) { }

    /// <summary>Every statement runs when it is called.</summary>
    public override void Flush() { }

    public override bool InsertInbox(
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

    /// <summary>
    /// The batch's marks in multi-row INSERTs of up to <see cref="Statements.InboxRowsPerStatement"/> rows: measured
    /// (docs/performance.md) a row of a 16-row statement costs the writer less than half of a single-row one; a replay (or
    /// the same event twice in the batch) shows as fewer rows changed than given.
    /// </summary>
    public override bool InsertInboxAll(
        IReadOnlyList<InboundEvent> events,
        GroupId group,
        DateTimeOffset now,
        string status
    )
    {
        for (var start = 0; start < events.Count; start += Statements.InboxRowsPerStatement)
        {
            var rows = Math.Min(Statements.InboxRowsPerStatement, events.Count - start);
            if (rows == 1)
            {
                var e = events[start];
                if (!InsertInbox(e.Chat.Channel, e.PlatformId, group, now, status))
                    return false;
                continue;
            }
            var insert = statements.InsertInboxRows(rows);
            for (var k = 0; k < rows; k++)
            {
                var e = events[start + k];
                insert.Text((2 * k) + 1, e.Chat.Channel).Text((2 * k) + 2, e.PlatformId);
            }
            insert
                .Text((2 * rows) + 1, group.Value)
                .Int((2 * rows) + 2, UnixTime.Ms(now))
                .Text((2 * rows) + 3, status);
            if (insert.Run() != rows)
                return false;
        }
        return true;
    }

    public override void SetInboxStatus(string channel, string platformId, string status) =>
        Execute(statements.SetInboxStatus, channel, platformId, status);

    protected override void InsertChat(ChatAddress chat, GroupId group, DateTimeOffset now) =>
        Execute(statements.BindChat, chat.Channel, chat.ChatId, group.Value, UnixTime.Ms(now));

    public override void TouchMemberGroup(MemberId member, GroupId group, DateTimeOffset now) =>
        Execute(statements.TouchMemberGroup, member.Value, group.Value, UnixTime.Ms(now));

    public override void UpsertContact(
        MemberId member,
        ChatAddress directChat,
        DateTimeOffset now
    ) =>
        Execute(
            statements.UpsertContact,
            member.Value,
            directChat.Channel,
            directChat.ChatId,
            UnixTime.Ms(now)
        );

    public override ChatAddress? ReachableContact(MemberId member)
    {
        Bind(statements.SelectContact, member.Value);
        using var reader = statements.SelectContact.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(2) == 0)
            return null;
        return new ChatAddress(reader.GetString(0), reader.GetString(1));
    }

    public override (string StateJson, long Version)? SelectGroup(GroupId group)
    {
        Bind(statements.SelectGroup, group.Value);
        using var reader = statements.SelectGroup.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public override (long Version, string? StateJson)? GroupVersion(
        GroupId group,
        long knownVersion
    )
    {
        Bind(statements.GroupVersion, group.Value, knownVersion);
        using var reader = statements.GroupVersion.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public override void InsertGroup(GroupId group, string stateJson, DateTimeOffset now) =>
        Execute(statements.InsertGroup, group.Value, stateJson, UnixTime.Ms(now));

    public override bool UpdateGroup(
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

    protected override List<ChatAddress> SelectGroupChats(GroupId group)
    {
        Bind(statements.SelectGroupChats, group.Value);
        using var reader = statements.SelectGroupChats.ExecuteReader();
        var chats = new List<ChatAddress>();
        while (reader.Read())
            chats.Add(new ChatAddress(reader.GetString(0), reader.GetString(1)));
        return chats;
    }

    public override void InsertReceipt(Receipt r) =>
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
            .Text(16, r.Phrase?.ToJson())
            .Run();

    protected override void InsertOutboxRow(
        GroupId? group,
        OutboxDestination to,
        string replyJson,
        string? editKey,
        DateTimeOffset now
    ) =>
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

    public override void InsertTimer(GroupId group, DateTimeOffset dueAt, string specJson) =>
        Execute(statements.InsertTimer, group.Value, UnixTime.Ms(dueAt), specJson);

    public override void MarkTimerFired(long timerId) =>
        Execute(statements.MarkTimerFired, timerId);

    public override void Savepoint() => statements.Savepoint.Run();

    public override void ReleaseSavepoint() => statements.Release.Run();

    public override void RollbackToSavepoint() => statements.RollbackTo.Run();

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
