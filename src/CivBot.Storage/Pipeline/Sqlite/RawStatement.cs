namespace CivBot.Storage.Pipeline;

using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// A statement prepared straight on the SQLite handle and bound by position. Microsoft.Data.Sqlite looks parameters up
/// by name on every execution; on the inserts every event makes that lookup cost more than SQLite's own work.
/// It runs inside whatever transaction the connection has open, like any statement on that connection.
/// </summary>
/// <remarks>
/// SQLite keeps a statement's bindings across executions (a reset does not clear them; a new statement starts with every
/// parameter NULL), so a value that is the same as the one bound last time — null, the same string instance, the same
/// number — is not bound again. Most of a row's columns repeat from one event to the next (group, channel, chat, kind,
/// the batch's time, nulls), and each bind is a call into SQLite with a copy of the text.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // What each parameter (1-based) holds now: null, a string (by reference) or a number.
    private readonly string?[] _texts;
    private readonly long[] _numbers;
    private readonly Bound[] _bound;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db =
            connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        var count = raw.sqlite3_bind_parameter_count(_statement) + 1;
        _texts = new string?[count];
        _numbers = new long[count];
        _bound = new Bound[count];
    }

    private enum Bound : byte
    {
        Null,
        Text,
        Number,
    }

    // Strings are encoded into one reused buffer; SQLite copies bound text (SQLITE_TRANSIENT), so reuse is safe.
    private byte[] _utf8 = new byte[1024];

    public RawStatement Text(int index, string? value)
    {
        if (value is null)
        {
            if (_bound[index] != Bound.Null)
            {
                raw.sqlite3_bind_null(_statement, index);
                _bound[index] = Bound.Null;
                _texts[index] = null;
            }
            return this;
        }
        if (_bound[index] == Bound.Text && ReferenceEquals(_texts[index], value))
            return this;
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        var length = System.Text.Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, new ReadOnlySpan<byte>(_utf8, 0, length)));
        _bound[index] = Bound.Text;
        _texts[index] = value;
        return this;
    }

    public RawStatement Int(int index, long? value)
    {
        if (value is not { } v)
            return Text(index, null);
        if (_bound[index] == Bound.Number && _numbers[index] == v)
            return this;
        Check(raw.sqlite3_bind_int64(_statement, index, v));
        _bound[index] = Bound.Number;
        _numbers[index] = v;
        _texts[index] = null;
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

    /// <summary>A bind that failed (out of memory, a bad index) leaves the parameter unknown: forget it, and throw.</summary>
    private void Check(int rc)
    {
        if (rc == raw.SQLITE_OK)
            return;
        Array.Fill(_bound, Bound.Text);
        Array.Clear(_texts);
        throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
    }
}
