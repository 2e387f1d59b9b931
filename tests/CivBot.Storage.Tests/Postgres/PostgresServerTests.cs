namespace CivBot.Storage.Tests.Postgres;

using Npgsql;

/// <summary>The throwaway PostgreSQL cluster the storage tests will run on: real server, loopback, own database each.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task Each_test_gets_its_own_empty_database_on_a_real_server_on_loopback()
    {
        var server = await PostgresServer.SharedAsync();
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();

        await using (var a = new NpgsqlConnection(first))
        {
            await a.OpenAsync();
            await using var create = new NpgsqlCommand(
                "CREATE TABLE t (id bigint PRIMARY KEY); INSERT INTO t VALUES (1), (2);",
                a
            );
            await create.ExecuteNonQueryAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM t", a);
            Assert.Equal(2L, await count.ExecuteScalarAsync());
            await using var version = new NpgsqlCommand("SHOW server_version", a);
            Assert.Matches(@"^\d+", (string)(await version.ExecuteScalarAsync())!);
        }
        await using var b = new NpgsqlConnection(second);
        await b.OpenAsync();
        await using var tables = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            b
        );
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(first).Host);
    }
}
