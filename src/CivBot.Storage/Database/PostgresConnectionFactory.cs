namespace CivBot.Storage.Database;

using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>Connections to the PostgreSQL database named by <c>CivBot:Postgres</c>, from one pooled data source.</summary>
public sealed class PostgresConnectionFactory : DbConnections, IDisposable
{
    public PostgresConnectionFactory(IOptions<StorageOptions> options)
    {
        var builder = PostgresConnectionString.Parse(options.Value.Postgres!);
        Describe = PostgresConnectionString.Describe(builder);
        // The pipeline's statements are few and repeated: Npgsql prepares them on each connection after two uses.
        if (builder.MaxAutoPrepare == 0)
            builder.MaxAutoPrepare = 64;
        DataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    public NpgsqlDataSource DataSource { get; }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string Describe { get; }

    public override DbConnection Connect() => DataSource.OpenConnection();

    public override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    public void Dispose() => DataSource.Dispose();
}

/// <summary>Reads a Npgsql connection string and says what may be logged of it.</summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// The parsed connection string; <see cref="ArgumentException"/> naming the problem (and <paramref name="source"/>,
    /// where it came from) when it is not one.
    /// </summary>
    public static NpgsqlConnectionStringBuilder Parse(
        string connectionString,
        string source = "CivBot:Postgres"
    )
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex)
            when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The message never repeats the string: it may hold a password.
            throw new ArgumentException(
                $"{source} is not a valid PostgreSQL connection string (expected e.g. "
                    + "'Host=db.example.org;Database=civbot;Username=civbot;Password=...').",
                ex
            );
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new ArgumentException(
                $"{source} names no Host (expected e.g. 'Host=db.example.org;Database=civbot;Username=civbot')."
            );
        return builder;
    }

    /// <summary>Host, port and database only: the password and every other setting stay out of logs.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "(default)"}";
}
