namespace CivBot.Storage.Database;

using System.Data.Common;

/// <summary>
/// Opens connections to the CivBot database, whichever provider it is. Code outside the hot path that needs plain SQL
/// (the router, the migrator, chat migration) goes through this and writes SQL both providers read the same way:
/// <c>@name</c> parameters, <c>ON CONFLICT ... DO NOTHING</c>.
/// </summary>
public abstract class DbConnections
{
    public abstract StorageProvider Provider { get; }

    /// <summary>What the logs may say about the database: a file path, or host and database (never a password).</summary>
    public abstract string Describe { get; }

    public abstract DbConnection Connect();

    public abstract Task<DbConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>Small helpers for provider-neutral ADO.NET commands.</summary>
internal static class Sql
{
    public static DbCommand Command(
        DbConnection connection,
        string text,
        DbTransaction? transaction = null
    )
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
