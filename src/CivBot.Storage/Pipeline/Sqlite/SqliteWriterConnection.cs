namespace CivBot.Storage.Pipeline;

using CivBot.Storage.Database;
using Microsoft.Data.Sqlite;

/// <summary>
/// The one long-lived connection the event pipeline writes through, with its prepared statements. Access is
/// serialized by the process-wide <see cref="WriteGate"/>, which every other writer in this process passes too.
/// </summary>
internal sealed class SqliteWriterConnection(SqliteConnectionFactory connections, WriteGate gate)
    : WriterConnection
{
    private SqliteConnection? _connection;
    private Statements? _statements;

    /// <summary>Waits for the gate, then begins an IMMEDIATE transaction (the write lock is taken up front).</summary>
    public override async Task<WriteSession> BeginAsync(CancellationToken cancellationToken)
    {
        var entered = await gate.EnterFirstAsync(cancellationToken);
        try
        {
            try
            {
                return Begin(entered);
            }
            catch (Exception ex)
                when (ex is SqliteException or InvalidOperationException && _connection is not null)
            {
                // A connection left mid-transaction by an earlier failure: start over on a fresh one, once.
                Reset();
                return Begin(entered);
            }
        }
        catch
        {
            Reset();
            entered.Dispose();
            throw;
        }
    }

    private WriteSession Begin(WriteGate.Releaser entered)
    {
        if (_connection is null)
        {
            _connection = connections.Open();
            _statements = new Statements(_connection);
        }
        var transaction = _connection.BeginTransaction(deferred: false);
        _statements!.Enlist(transaction);
        return new SqliteWriteSession(_connection, transaction, _statements, entered);
    }

    public override void Dispose() => Reset();

    /// <summary>After an unexpected failure the connection is rebuilt on next use, in case it was left mid-transaction.</summary>
    internal void Reset()
    {
        _statements?.Dispose();
        _connection?.Dispose();
        _statements = null;
        _connection = null;
    }
}
