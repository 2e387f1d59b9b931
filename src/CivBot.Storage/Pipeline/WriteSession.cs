namespace CivBot.Storage.Pipeline;

using System.Data.Common;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;

/// <summary>
/// One write transaction of the pipeline: the one seam between the pipeline (<see cref="EventProcessor"/>,
/// <see cref="EffectWriter"/>) and a provider. <see cref="SqliteWriteSession"/> and <see cref="PostgresWriteSession"/>
/// each use one data-access stack: SQLite's prepared statements on the writer connection, Npgsql's batched commands.
/// Disposing without <see cref="Commit"/> rolls everything back.
/// </summary>
internal abstract partial class WriteSession : IDisposable
{
    private bool _done;

    protected abstract DbConnection Connection { get; }

    protected abstract DbTransaction Transaction { get; }

    /// <summary>How many outbox rows this transaction wrote (the dispatcher is woken only when there are some).</summary>
    public int OutboxRows { get; private set; }

    public void Commit()
    {
        Flush();
        Transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        try
        {
            if (!_done)
                Transaction.Rollback();
        }
        finally
        {
            Close();
        }
    }

    /// <summary>Ends the session's hold on its connection (the transaction is over either way).</summary>
    protected abstract void Close();

    /// <summary>
    /// Takes the groups' write locks for this transaction, in one global order so two instances never deadlock on them.
    /// SQLite has one writer per file, so only PostgreSQL needs them.
    /// </summary>
    public abstract void LockGroups(IEnumerable<GroupId> groups);

    /// <summary>
    /// Sends the statements still queued (PostgreSQL sends writes nobody waits for in one round trip with the next
    /// statement that needs an answer); a failure among them surfaces here.
    /// </summary>
    public abstract void Flush();

    /// <summary>False when (channel, platform id) was seen before: the event is a replay.</summary>
    public abstract bool InsertInbox(
        string channel,
        string platformId,
        GroupId? group,
        DateTimeOffset now,
        string status
    );

    /// <summary>
    /// The inbox marks of a whole batch of one group's events; false when any was seen before (a replay: the caller
    /// rolls the batch back and handles it the careful way). Both providers write them in few statements: SQLite in
    /// multi-row INSERTs, PostgreSQL in one statement (one round trip for the batch instead of one per event).
    /// </summary>
    public abstract bool InsertInboxAll(
        IReadOnlyList<InboundEvent> events,
        GroupId group,
        DateTimeOffset now,
        string status
    );

    public abstract void SetInboxStatus(string channel, string platformId, string status);

    public void BindChat(ChatAddress chat, GroupId group, DateTimeOffset now)
    {
        InsertChat(chat, group, now);
        _groupChats.Remove(group);
    }

    protected abstract void InsertChat(ChatAddress chat, GroupId group, DateTimeOffset now);

    public abstract void TouchMemberGroup(MemberId member, GroupId group, DateTimeOffset now);

    public abstract void UpsertContact(MemberId member, ChatAddress directChat, DateTimeOffset now);

    /// <summary>The member's private chat when it is known and still reachable.</summary>
    public abstract ChatAddress? ReachableContact(MemberId member);

    public abstract (string StateJson, long Version)? SelectGroup(GroupId group);

    /// <summary>
    /// The group's stored version, and its state only when that version is not <paramref name="knownVersion"/>: how a
    /// cached state is checked against what another writer (another instance) may have committed.
    /// </summary>
    public abstract (long Version, string? StateJson)? GroupVersion(
        GroupId group,
        long knownVersion
    );

    public abstract void InsertGroup(GroupId group, string stateJson, DateTimeOffset now);

    /// <summary>False when the stored version is no longer <paramref name="expectedVersion"/> (someone else wrote).</summary>
    public abstract bool UpdateGroup(
        GroupId group,
        string stateJson,
        long expectedVersion,
        DateTimeOffset now
    );

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

    protected abstract List<ChatAddress> SelectGroupChats(GroupId group);

    public abstract void InsertReceipt(Receipt r);

    public void InsertOutbox(
        GroupId? group,
        OutboxDestination to,
        string replyJson,
        string? editKey,
        DateTimeOffset now
    )
    {
        InsertOutboxRow(group, to, replyJson, editKey, now);
        OutboxRows++;
    }

    protected abstract void InsertOutboxRow(
        GroupId? group,
        OutboxDestination to,
        string replyJson,
        string? editKey,
        DateTimeOffset now
    );

    public abstract void InsertTimer(GroupId group, DateTimeOffset dueAt, string specJson);

    public abstract void MarkTimerFired(long timerId);

    /// <summary>Newest first; takes one more than <paramref name="take"/> is up to the caller.</summary>
    public List<Receipt> ReceiptsNewestFirst(
        GroupId group,
        int? loop,
        long asOfSeq,
        int take,
        int skip
    )
    {
        using var command = Command(
            $"SELECT {Receipts.ReceiptRows.Columns} FROM receipts WHERE group_id = @g AND seq <= @s"
                + (loop is null ? "" : " AND loop_no = @l")
                + " ORDER BY seq DESC LIMIT @take OFFSET @skip"
        );
        command.With("g", group.Value).With("s", asOfSeq).With("take", take).With("skip", skip);
        if (loop is { } n)
            command.With("l", n);
        return ReadReceipts(command);
    }

    public List<Receipt> LoopReceipts(GroupId group, int loop)
    {
        using var command = Command(
            $"SELECT {Receipts.ReceiptRows.Columns} FROM receipts WHERE group_id = @g AND loop_no = @l ORDER BY seq"
        );
        return ReadReceipts(command.With("g", group.Value).With("l", loop));
    }

    /// <summary>Streams the group's receipts in sequence order, one at a time.</summary>
    public IEnumerable<Receipt> StreamReceipts(GroupId group)
    {
        using var command = Command(
            $"SELECT {Receipts.ReceiptRows.Columns} FROM receipts WHERE group_id = @g ORDER BY seq"
        );
        command.With("g", group.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return Receipts.ReceiptRows.Read(reader);
    }

    public abstract void Savepoint();

    public abstract void ReleaseSavepoint();

    public abstract void RollbackToSavepoint();

    /// <summary>A command in this transaction, for the statements off the hot path; queued writes are sent first.</summary>
    public DbCommand Command(string sql)
    {
        Flush();
        return Sql.Command(Connection, sql, Transaction);
    }

    private static List<Receipt> ReadReceipts(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<Receipt>();
        while (reader.Read())
            list.Add(Receipts.ReceiptRows.Read(reader));
        return list;
    }
}
