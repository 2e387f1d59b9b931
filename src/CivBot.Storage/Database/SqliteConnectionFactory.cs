namespace CivBot.Storage.Database;

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

/// <summary>Opens connections to the CivBot database with the house pragmas applied.</summary>
public sealed class SqliteConnectionFactory(IOptions<StorageOptions> options) : DbConnections
{
    private readonly string _pragmas = SqlitePragmas.Text(options.Value);

    public string ConnectionString { get; } =
        new SqliteConnectionStringBuilder
        {
            DataSource = options.Value.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

    public string Pragmas => _pragmas;

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string Describe => "SQLite " + options.Value.DatabasePath;

    public override DbConnection Connect() => Open();

    public override async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        SqlitePragmas.Apply(connection, _pragmas);
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await SqlitePragmas.ApplyAsync(connection, _pragmas, cancellationToken);
        return connection;
    }
}
