namespace CivBot.Storage.Pipeline;

using CivBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

/// <summary>
/// The hot path's SQL, prepared once on the writer connection and reused for every event: the per-event cost is a
/// handful of bound executions, never a parse or a plan.
/// </summary>
internal sealed class Statements : IDisposable
{
    private readonly List<SqliteCommand> _all = [];

    private readonly SqliteConnection _connection;

    public Statements(SqliteConnection connection)
    {
        _connection = connection;
        InsertInbox = Raw(
            connection,
            "INSERT INTO inbox (channel, platform_id, group_id, received_at, status) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING"
        );
        SetInboxStatus = Prepare(
            connection,
            "UPDATE inbox SET status = $3 WHERE channel = $1 AND platform_id = $2",
            3
        );
        BindChat = Prepare(
            connection,
            "INSERT OR IGNORE INTO chats (channel, chat_id, group_id, created_at) VALUES ($1, $2, $3, $4)",
            4
        );
        TouchMemberGroup = Prepare(
            connection,
            "INSERT INTO member_groups (member_id, group_id, last_seen) VALUES ($1, $2, $3) "
                + "ON CONFLICT (member_id, group_id) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)",
            3
        );
        UpsertContact = Prepare(
            connection,
            "INSERT INTO member_contacts (member_id, dm_channel, dm_chat_id, reachable, updated_at) VALUES ($1, $2, $3, 1, $4) "
                + "ON CONFLICT (member_id) DO UPDATE SET dm_channel = excluded.dm_channel, dm_chat_id = excluded.dm_chat_id, "
                + "reachable = 1, updated_at = excluded.updated_at",
            4
        );
        SelectContact = Prepare(
            connection,
            "SELECT dm_channel, dm_chat_id, reachable FROM member_contacts WHERE member_id = $1",
            1
        );
        SelectGroup = Prepare(
            connection,
            "SELECT state_json, version FROM groups WHERE id = $1",
            1
        );
        GroupVersion = Prepare(
            connection,
            "SELECT version, CASE WHEN version <> $2 THEN state_json END FROM groups WHERE id = $1",
            2
        );
        InsertGroup = Prepare(
            connection,
            "INSERT INTO groups (id, state_json, version, updated_at) VALUES ($1, $2, 1, $3)",
            3
        );
        UpdateGroup = Raw(
            connection,
            "UPDATE groups SET state_json = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1 AND version = ?4"
        );
        SelectGroupChats = Prepare(
            connection,
            "SELECT channel, chat_id FROM chats WHERE group_id = $1 ORDER BY created_at, channel, chat_id",
            1
        );
        InsertReceipt = Raw(
            connection,
            $"INSERT INTO receipts ({ReceiptRows.Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
        );
        InsertOutbox = Raw(
            connection,
            "INSERT INTO outbox (group_id, channel, chat_id, thread_id, is_direct, member_id, recipient_handle, "
                + "mention_handle, reply_json, edit_key, status, attempts, next_attempt_at, created_at, "
                + "fallback_channel, fallback_chat_id, fallback_thread_id) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', 0, ?11, ?11, ?12, ?13, ?14)"
        );
        InsertTimer = Prepare(
            connection,
            "INSERT INTO timers (group_id, due_at, spec_json, fired) VALUES ($1, $2, $3, FALSE)",
            3
        );
        MarkTimerFired = Prepare(
            connection,
            "UPDATE timers SET fired = TRUE, claimed_by = NULL, lease_until = NULL WHERE id = $1",
            1
        );
        Savepoint = Raw(connection, "SAVEPOINT civbot_event");
        Release = Raw(connection, "RELEASE civbot_event");
        RollbackTo = Raw(connection, "ROLLBACK TO civbot_event");
    }

    public RawStatement InsertInbox { get; }

    /// <summary>How many inbox marks one statement of <see cref="InsertInboxRows"/> takes at most.</summary>
    public const int InboxRowsPerStatement = 32;

    private readonly RawStatement?[] _inboxRows = new RawStatement?[InboxRowsPerStatement + 1];

    /// <summary>
    /// One INSERT of <paramref name="rows"/> inbox marks (prepared at first use, then kept): parameters
    /// 2k+1, 2k+2 are row k's channel and platform id; the last three are the group, the time and the status.
    /// </summary>
    public RawStatement InsertInboxRows(int rows)
    {
        if (_inboxRows[rows] is { } prepared)
            return prepared;
        var values = string.Join(
            ", ",
            Enumerable
                .Range(0, rows)
                .Select(k =>
                    $"(?{(2 * k) + 1}, ?{(2 * k) + 2}, ?{(2 * rows) + 1}, ?{(2 * rows) + 2}, ?{(2 * rows) + 3})"
                )
        );
        var statement = new RawStatement(
            _connection,
            $"INSERT INTO inbox (channel, platform_id, group_id, received_at, status) VALUES {values} ON CONFLICT DO NOTHING"
        );
        _raw.Add(statement);
        _inboxRows[rows] = statement;
        return statement;
    }

    public SqliteCommand SetInboxStatus { get; }
    public SqliteCommand BindChat { get; }
    public SqliteCommand TouchMemberGroup { get; }
    public SqliteCommand UpsertContact { get; }
    public SqliteCommand SelectContact { get; }
    public SqliteCommand SelectGroup { get; }
    public SqliteCommand GroupVersion { get; }
    public SqliteCommand InsertGroup { get; }
    public RawStatement UpdateGroup { get; }
    public SqliteCommand SelectGroupChats { get; }
    public RawStatement InsertReceipt { get; }
    public RawStatement InsertOutbox { get; }
    public SqliteCommand InsertTimer { get; }
    public SqliteCommand MarkTimerFired { get; }
    public RawStatement Savepoint { get; }
    public RawStatement Release { get; }
    public RawStatement RollbackTo { get; }

    /// <summary>Microsoft.Data.Sqlite wants every command of a connection to name its open transaction.</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in _all)
            command.Transaction = transaction;
    }

    public void Dispose()
    {
        foreach (var statement in _raw)
            statement.Dispose();
        foreach (var command in _all)
            command.Dispose();
    }

    private readonly List<RawStatement> _raw = [];

    private RawStatement Raw(SqliteConnection connection, string sql)
    {
        var statement = new RawStatement(connection, sql);
        _raw.Add(statement);
        return statement;
    }

    private SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
            command.Parameters.Add(
                new SqliteParameter(
                    "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    null
                )
            );
        command.Prepare();
        _all.Add(command);
        return command;
    }
}
