namespace CivBot.Storage.Pipeline;

using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// A statement prepared straight on the SQLite handle and bound by position. Microsoft.Data.Sqlite looks parameters up
/// by name on every execution; on the three inserts every event makes that lookup cost more than SQLite's own work.
/// It runs inside whatever transaction the connection has open, like any statement on that connection.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db =
            connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
    }

    // Strings are encoded into one reused buffer; SQLite copies bound text (SQLITE_TRANSIENT), so reuse is safe.
    private byte[] _utf8 = new byte[1024];

    public RawStatement Text(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_statement, index);
            return this;
        }
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = System.Text.Encoding.UTF8.GetBytes(value, _utf8);
        raw.sqlite3_bind_text(_statement, index, new ReadOnlySpan<byte>(_utf8, 0, length));
        return this;
    }

    public RawStatement Int(int index, long? value)
    {
        _ = value is { } v
            ? raw.sqlite3_bind_int64(_statement, index, v)
            : raw.sqlite3_bind_null(_statement, index);
        return this;
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    public int Run()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(_db).utf8_to_string();
            raw.sqlite3_reset(_statement);
            throw new SqliteException(message, rc, raw.sqlite3_extended_errcode(_db));
        }
        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();
}
