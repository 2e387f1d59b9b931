namespace CivBot.Tests.Cli;

using CivBot.Tests.Support;
using Microsoft.Data.Sqlite;

/// <summary>
/// Receipts are permanent, so a new canonical form must never break the old ones: a database written by the program
/// before receipt form 2 still verifies, and the loop in it goes on, chaining form-2 receipts onto form-1 ones.
/// </summary>
public sealed class ReceiptsUpgradeTests
{
    [Fact]
    public async Task Receipts_verify_passes_on_a_database_written_before_form_2_and_after_the_loop_goes_on()
    {
        using var tmp = new TempDb();
        await using (var connection = new SqliteConnection($"Data Source={tmp.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = await File.ReadAllTextAsync(
                Repo.PathTo("tests", "CivBot.Tests", "Fixtures", "before-receipt-form-2.sql")
            );
            await cmd.ExecuteNonQueryAsync();
        }

        var before = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            tmp.Path
        );
        Assert.Equal(0, before.Exit);
        Assert.Equal("OK: 12 receipts in 1 group; every chain is intact.", before.Out.Trim());

        var chat = await CliProcess.RunAsync(
            tmp.Dir,
            "fay: /audit ok Receipts match, she made the appointment\n",
            "chat",
            "--db",
            tmp.Path
        );
        Assert.Equal(0, chat.Exit);
        Assert.Contains("Loop #1 is closed", chat.Out, StringComparison.Ordinal);

        var after = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            tmp.Path
        );
        Assert.Equal(0, after.Exit);
        Assert.Equal("OK: 14 receipts in 1 group; every chain is intact.", after.Out.Trim());

        await using var read = new SqliteConnection($"Data Source={tmp.Path};Pooling=False");
        await read.OpenAsync();
        await using var query = read.CreateCommand();
        query.CommandText =
            "SELECT seq || ':' || form || ':' || ifnull(actor_type, '-') || ':' || ifnull(substr(actor_id, 1, 2), '-') || ':' || ifnull(json_extract(phrase, '$[0]'), '-') FROM receipts WHERE seq IN (1, 2, 13, 14) ORDER BY seq";
        var rows = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                rows.Add(reader.GetString(0));
        }
        // The old receipts keep form 1 (no actor id, no phrase); the auditor's and the bot's new ones are form 3, and the
        // bot's closing receipt carries its phrase while the auditor's note is the auditor's own words.
        Assert.Equal(
            ["1:1:-:-:-", "2:1:-:-:-", "13:3:member:m-:-", "14:3:bot:-:loop-closed"],
            rows
        );
    }
}
