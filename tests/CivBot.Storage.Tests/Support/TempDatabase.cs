namespace CivBot.Storage.Tests.Support;

using System.Data.Common;
using CivBot.Storage.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// A real database of its own for one test: a SQLite file in its own temp folder (deleted with its WAL files
/// afterwards), or a fresh database on the shared throwaway PostgreSQL server (<see cref="PostgresServer"/>). The
/// helpers take SQL both providers read the same way.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "civbot-tests",
        Guid.NewGuid().ToString("N")
    );

    public TempDatabase()
        : this(null) { }

    private TempDatabase(string? postgres)
    {
        Postgres = postgres;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>A new empty database of <paramref name="provider"/>.</summary>
    public static async Task<TempDatabase> CreateAsync(StorageProvider provider) =>
        provider == StorageProvider.Postgres
            ? new TempDatabase(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync())
            : new TempDatabase();

    public StorageProvider Provider =>
        Postgres is null ? StorageProvider.Sqlite : StorageProvider.Postgres;

    /// <summary>The SQLite file; with PostgreSQL only a path in the test's own folder (for files kept beside it).</summary>
    public string FilePath => Path.Combine(_folder, "civbot.db");

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    public string? Postgres { get; }

    /// <summary>Points storage at this database.</summary>
    public void Configure(StorageOptions options)
    {
        options.DatabasePath = FilePath;
        options.Postgres = Postgres;
    }

    public DbConnection Open()
    {
        DbConnection connection = Postgres is null
            ? new SqliteConnection($"Data Source={FilePath};Pooling=False")
            : new NpgsqlConnection(Postgres);
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(
            command.ExecuteScalar() ?? 0L,
            System.Globalization.CultureInfo.InvariantCulture
        );
    }

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <param name="column">Which column of the result (the first by default).</param>
    public List<string> Column(string sql, int column = 0)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(
                reader.IsDBNull(column)
                    ? "<null>"
                    : Convert.ToString(
                        reader.GetValue(column),
                        System.Globalization.CultureInfo.InvariantCulture
                    )!
            );
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Postgres is not null)
            NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing on another thread; the OS temp cleaner gets the rest.
        }
    }
}
