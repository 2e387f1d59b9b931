namespace CivBot.Tests.Cli;

using CivBot.Tests.Support;

/// <summary><c>--postgres</c> and <c>CivBot:Postgres</c>: the same verbs on a real PostgreSQL database.</summary>
public sealed class PostgresCliTests
{
    private const string Session =
        "dan: hi\neve: hi\nann: /ask Need a ride\neve: /add I can drive after 3\neve: /propose Eve drives\n";

    [Fact]
    public async Task Chat_and_receipts_verify_and_export_work_on_postgres_and_never_print_the_password()
    {
        using var tmp = new TempDb();
        var database = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        // The test server trusts loopback, so any password is accepted; it must still never be echoed.
        var connection = database + ";Password=s3cret-pw";

        var chat = await CliProcess.RunAsync(tmp.Dir, Session, "chat", "--postgres", connection);
        Assert.Equal(0, chat.Exit);
        Assert.Contains("PostgreSQL 127.0.0.1:", chat.Err, StringComparison.Ordinal);

        var verify = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "verify",
            "--postgres",
            connection
        );
        Assert.Equal(0, verify.Exit);
        Assert.Equal("OK: 5 receipts in 1 group; every chain is intact.", verify.Out.Trim());

        var export = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--postgres",
            connection
        );
        Assert.Equal(0, export.Exit);
        Assert.Equal(5, export.Out.Trim().Split('\n').Length);
        Assert.DoesNotContain(
            "s3cret-pw",
            chat.Err + chat.Out + verify.Err + export.Err,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_connection_string_that_is_not_one_is_one_line_and_exit_2_without_repeating_it()
    {
        using var tmp = new TempDb();

        var verify = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "verify",
            "--postgres",
            "Host=db.example.org;Password=s3cret-pw;Colour=blue"
        );
        var run = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            new Dictionary<string, string>
            {
                ["CivBot__Postgres"] = "Password=s3cret-pw;Database=civbot",
            },
            "run"
        );

        Assert.Equal(2, verify.Exit);
        Assert.Single(verify.Err.Trim().Split('\n'));
        Assert.StartsWith(
            "--postgres is not a valid PostgreSQL connection string",
            verify.Err.Trim(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, run.Exit);
        Assert.StartsWith(
            "CivBot:Postgres names no Host",
            run.Err.Trim(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "s3cret-pw",
            verify.Err + run.Err + run.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Naming_both_databases_is_one_line_and_exit_2()
    {
        using var tmp = new TempDb();
        var both = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--db",
            tmp.Path,
            "--postgres",
            "Host=127.0.0.1"
        );
        Assert.Equal(2, both.Exit);
        Assert.Equal(
            "Name one database: --db FILE (SQLite) or --postgres CONNSTR (PostgreSQL).",
            both.Err.Trim()
        );
    }
}
