namespace CivBot.Storage.Pipeline;

using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;
using CivBot.Storage.Receipts;
using Npgsql;

/// <summary>
/// A write transaction on PostgreSQL through Npgsql alone. Writes whose answer nobody waits for (receipts, outbox rows,
/// timers, bookkeeping) are queued and sent in one round trip with the next statement that needs an answer, so an
/// event costs about one round trip, not one per row. Statements use positional parameters and are auto-prepared by
/// Npgsql (<see cref="PostgresConnectionFactory"/>).
/// </summary>
internal sealed class PostgresWriteSession(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction
) : WriteSession
{
    private NpgsqlBatch _pending = NewBatch(connection, transaction);

    protected override DbConnection Connection => connection;

    protected override DbTransaction Transaction => transaction;

    protected override void Close()
    {
        _pending.Dispose();
        transaction.Dispose();
        connection.Dispose();
    }

    /// <summary>
    /// pg_advisory_xact_lock on every group of the transaction, taken up front in key order (so two instances writing
    /// overlapping groups wait for each other instead of deadlocking) and held until commit or rollback.
    /// </summary>
    public override void LockGroups(IEnumerable<GroupId> groups)
    {
        foreach (var key in groups.Select(LockKey).Distinct().Order())
            Queue("SELECT pg_advisory_xact_lock($1)", key);
        Flush();
    }

    /// <summary>A group's advisory lock key: the first 8 bytes of SHA-256 of its id (the same in every instance).</summary>
    internal static long LockKey(GroupId group) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(group.Value)));

    public override void Flush()
    {
        if (_pending.BatchCommands.Count == 0)
            return;
        var batch = _pending;
        _pending = NewBatch(connection, transaction);
        using (batch)
            batch.ExecuteNonQuery();
    }

    public override bool InsertInbox(
        string channel,
        string platformId,
        GroupId? group,
        DateTimeOffset now,
        string status
    ) =>
        Run(
            "INSERT INTO inbox (channel, platform_id, group_id, received_at, status) VALUES ($1, $2, $3, $4, $5) "
                + "ON CONFLICT DO NOTHING",
            channel,
            platformId,
            group?.Value,
            UnixTime.Ms(now),
            status
        ) == 1;

    public override bool InsertInboxAll(
        IReadOnlyList<InboundEvent> events,
        GroupId group,
        DateTimeOffset now,
        string status
    ) =>
        events.Count == 1
            ? InsertInbox(events[0].Chat.Channel, events[0].PlatformId, group, now, status)
            : Run(
                "INSERT INTO inbox (channel, platform_id, group_id, received_at, status) "
                    + "SELECT c, p, $3, $4, $5 FROM unnest($1::text[], $2::text[]) AS e(c, p) ON CONFLICT DO NOTHING",
                events.Select(e => e.Chat.Channel).ToArray(),
                events.Select(e => e.PlatformId).ToArray(),
                group.Value,
                UnixTime.Ms(now),
                status
            ) == events.Count;

    public override void SetInboxStatus(string channel, string platformId, string status) =>
        Queue(
            "UPDATE inbox SET status = $3 WHERE channel = $1 AND platform_id = $2",
            channel,
            platformId,
            status
        );

    protected override void InsertChat(ChatAddress chat, GroupId group, DateTimeOffset now) =>
        Queue(
            "INSERT INTO chats (channel, chat_id, group_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            chat.Channel,
            chat.ChatId,
            group.Value,
            UnixTime.Ms(now)
        );

    public override void TouchMemberGroup(MemberId member, GroupId group, DateTimeOffset now) =>
        Queue(
            "INSERT INTO member_groups (member_id, group_id, last_seen) VALUES ($1, $2, $3) "
                + "ON CONFLICT (member_id, group_id) DO UPDATE SET last_seen = GREATEST(member_groups.last_seen, excluded.last_seen)",
            member.Value,
            group.Value,
            UnixTime.Ms(now)
        );

    public override void UpsertContact(
        MemberId member,
        ChatAddress directChat,
        DateTimeOffset now
    ) =>
        Queue(
            "INSERT INTO member_contacts (member_id, dm_channel, dm_chat_id, reachable, updated_at) VALUES ($1, $2, $3, TRUE, $4) "
                + "ON CONFLICT (member_id) DO UPDATE SET dm_channel = excluded.dm_channel, dm_chat_id = excluded.dm_chat_id, "
                + "reachable = TRUE, updated_at = excluded.updated_at",
            member.Value,
            directChat.Channel,
            directChat.ChatId,
            UnixTime.Ms(now)
        );

    public override ChatAddress? ReachableContact(MemberId member)
    {
        using var reader = Read(
            "SELECT dm_channel, dm_chat_id, reachable FROM member_contacts WHERE member_id = $1",
            member.Value
        );
        if (!reader.Read() || !reader.GetBoolean(2))
            return null;
        return new ChatAddress(reader.GetString(0), reader.GetString(1));
    }

    public override (string StateJson, long Version)? SelectGroup(GroupId group)
    {
        using var reader = Read(
            "SELECT state_json, version FROM groups WHERE id = $1",
            group.Value
        );
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public override (long Version, string? StateJson)? GroupVersion(
        GroupId group,
        long knownVersion
    )
    {
        using var reader = Read(
            "SELECT version, CASE WHEN version <> $2 THEN state_json END FROM groups WHERE id = $1",
            group.Value,
            knownVersion
        );
        return reader.Read()
            ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public override void InsertGroup(GroupId group, string stateJson, DateTimeOffset now) =>
        Queue(
            "INSERT INTO groups (id, state_json, version, updated_at) VALUES ($1, $2, 1, $3)",
            group.Value,
            stateJson,
            UnixTime.Ms(now)
        );

    public override bool UpdateGroup(
        GroupId group,
        string stateJson,
        long expectedVersion,
        DateTimeOffset now
    ) =>
        Run(
            "UPDATE groups SET state_json = $2, version = version + 1, updated_at = $3 WHERE id = $1 AND version = $4",
            group.Value,
            stateJson,
            UnixTime.Ms(now),
            expectedVersion
        ) == 1;

    protected override List<ChatAddress> SelectGroupChats(GroupId group)
    {
        using var reader = Read(
            "SELECT channel, chat_id FROM chats WHERE group_id = $1 ORDER BY created_at, channel, chat_id",
            group.Value
        );
        var chats = new List<ChatAddress>();
        while (reader.Read())
            chats.Add(new ChatAddress(reader.GetString(0), reader.GetString(1)));
        return chats;
    }

    public override void InsertReceipt(Receipt r) =>
        Queue(
            $"INSERT INTO receipts ({ReceiptRows.Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
            r.Group.Value,
            r.Seq,
            r.Loop,
            r.Kind.WireName(),
            UnixTime.Ms(r.At),
            r.Actor,
            r.Summary,
            ReceiptRows.AmountText(r.Amount),
            r.Currency,
            ReceiptRows.EvidenceJson(r.Evidence),
            r.PrevHash,
            r.Hash,
            r.ActorId,
            r.ActorType?.WireName(),
            r.Form,
            r.Phrase?.ToJson()
        );

    protected override void InsertOutboxRow(
        GroupId? group,
        OutboxDestination to,
        string replyJson,
        string? editKey,
        DateTimeOffset now
    ) =>
        Queue(
            "INSERT INTO outbox (group_id, channel, chat_id, thread_id, is_direct, member_id, recipient_handle, "
                + "mention_handle, reply_json, edit_key, status, attempts, next_attempt_at, created_at, "
                + "fallback_channel, fallback_chat_id, fallback_thread_id) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', 0, $11, $11, $12, $13, $14)",
            group?.Value,
            to.Chat.Channel,
            to.Chat.ChatId,
            to.ThreadId,
            to.IsDirect,
            to.Member?.Value,
            to.RecipientHandle,
            to.MentionHandle,
            replyJson,
            editKey,
            UnixTime.Ms(now),
            to.FallbackThreadChat?.Channel,
            to.FallbackThreadChat?.ChatId,
            to.FallbackThreadId
        );

    public override void InsertTimer(GroupId group, DateTimeOffset dueAt, string specJson) =>
        Queue(
            "INSERT INTO timers (group_id, due_at, spec_json, fired) VALUES ($1, $2, $3, FALSE)",
            group.Value,
            UnixTime.Ms(dueAt),
            specJson
        );

    public override void MarkTimerFired(long timerId) =>
        Queue(
            "UPDATE timers SET fired = TRUE, claimed_by = NULL, lease_until = NULL WHERE id = $1",
            timerId
        );

    public override void Savepoint() => Run("SAVEPOINT civbot_event");

    public override void ReleaseSavepoint() => Run("RELEASE SAVEPOINT civbot_event");

    /// <summary>Queued writes belong to the work being undone, so they are dropped rather than sent.</summary>
    public override void RollbackToSavepoint()
    {
        _pending.Dispose();
        _pending = NewBatch(connection, transaction);
        Run("ROLLBACK TO SAVEPOINT civbot_event");
    }

    private void Queue(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        _pending.BatchCommands.Add(command);
    }

    /// <summary>Sends the queue with this statement last; returns the rows it changed.</summary>
    private int Run(string sql, params object?[] values)
    {
        Queue(sql, values);
        var batch = _pending;
        _pending = NewBatch(connection, transaction);
        using (batch)
        {
            batch.ExecuteNonQuery();
            return batch.BatchCommands[^1].RecordsAffected;
        }
    }

    private NpgsqlDataReader Read(string sql, params object?[] values)
    {
        Flush();
        // Not disposed here: the reader it returns is still being read (a command holds nothing once the reader closes).
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command.ExecuteReader();
    }

    private static NpgsqlBatch NewBatch(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction
    ) => new(connection, transaction);
}
