namespace CivBot.Storage.Pipeline;

using CivBot.Storage.Database;

/// <summary>
/// PostgreSQL write transactions, each on a pooled connection. Nothing is serialized in this process: a group's
/// writers, here or in another instance, take turns on the group's advisory lock (<see cref="WriteSession.LockGroups"/>).
/// </summary>
internal sealed class PostgresWriterConnection(PostgresConnectionFactory connections)
    : WriterConnection
{
    public override async Task<WriteSession> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PostgresWriteSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override void Dispose() { }
}
