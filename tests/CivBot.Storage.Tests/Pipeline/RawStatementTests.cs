namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Storage.Pipeline;
using CivBot.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

public sealed class RawStatementTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteConnection _connection;

    public RawStatementTests()
    {
        _connection = new SqliteConnection($"Data Source={_db.FilePath};Pooling=False");
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b INTEGER)";
        create.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Each_row_stores_its_own_values_when_parameters_go_from_a_value_to_null_to_the_same_value_and_back()
    {
        var same = "kept";
        var equalButNew = new string('k', 1) + "ept";
        using (
            var insert = new RawStatement(
                _connection,
                "INSERT INTO t (n, a, b) VALUES (?1, ?2, ?3)"
            )
        )
        {
            insert.Int(1, 1).Text(2, same).Int(3, 7).Run();
            insert.Int(1, 2).Text(2, null).Int(3, null).Run();
            insert.Int(1, 3).Text(2, same).Int(3, 7).Run();
            insert.Int(1, 4).Text(2, same).Int(3, 7).Run();
            insert.Int(1, 5).Text(2, "other").Int(3, 8).Run();
            insert.Int(1, 6).Text(2, equalButNew).Int(3, 8).Run();
            insert.Int(1, 7).Text(2, null).Int(3, 7).Run();
        }

        Assert.Equal(
            ["1|kept|7", "2|∅|∅", "3|kept|7", "4|kept|7", "5|other|8", "6|kept|8", "7|∅|7"],
            _db.Column(
                "SELECT n || '|' || coalesce(a, '∅') || '|' || coalesce(b, '∅') FROM t ORDER BY n"
            )
        );
    }

    [Fact]
    public void After_a_row_that_failed_the_next_row_still_gets_every_value_it_was_given()
    {
        using var insert = new RawStatement(
            _connection,
            "INSERT INTO t (n, a, b) VALUES (?1, ?2, ?3)"
        );
        insert.Int(1, 1).Text(2, "a").Int(3, 1).Run();

        Assert.Throws<SqliteException>(() => insert.Int(1, 1).Text(2, "b").Int(3, 2).Run());
        insert.Int(1, 2).Text(2, "b").Int(3, 2).Run();

        Assert.Equal(
            ["1|a|1", "2|b|2"],
            _db.Column("SELECT n || '|' || a || '|' || b FROM t ORDER BY n")
        );
    }
}
