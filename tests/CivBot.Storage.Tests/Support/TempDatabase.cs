namespace CivBot.Storage.Tests.Support;

using Microsoft.Data.Sqlite;

/// <summary>A real SQLite file in its own temp folder, deleted (with its WAL files) afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "civbot-tests",
        Guid.NewGuid().ToString("N")
    );

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
    }

    public string FilePath => Path.Combine(_folder, "civbot.db");

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
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

    public List<string> Column(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(
                reader.IsDBNull(0)
                    ? "<null>"
                    : Convert.ToString(
                        reader.GetValue(0),
                        System.Globalization.CultureInfo.InvariantCulture
                    )!
            );
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
