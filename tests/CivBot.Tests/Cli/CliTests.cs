namespace CivBot.Tests.Cli;

using CivBot.Tests.Support;
using Microsoft.Data.Sqlite;

/// <summary>The command-line contract, exercised on the built program as a separate process.</summary>
public sealed class CliTests
{
    private const string Session =
        "dan: hi\neve: hi\nann: /ask Need a ride\neve: /add I can drive after 3\neve: /propose Eve drives\n";

    [Fact]
    public async Task Chat_without_a_db_uses_a_file_in_the_working_directory_and_says_which()
    {
        using var tmp = new TempDb();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(tmp.Dir, "ann: /help\n", "chat");
        Assert.Equal(0, exit);
        Assert.Contains(
            Path.Combine(tmp.Dir, "civbot-playground.db"),
            stderr,
            StringComparison.Ordinal
        );
        Assert.True(File.Exists(Path.Combine(tmp.Dir, "civbot-playground.db")));
        Assert.StartsWith("bot: I'm CivBot, a bot", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipts_verify_passes_on_an_intact_database_and_names_the_first_tampered_receipt()
    {
        using var tmp = new TempDb();
        Assert.Equal(
            0,
            (await CliProcess.RunAsync(tmp.Dir, Session, "chat", "--db", tmp.Path)).Exit
        );

        var ok = await CliProcess.RunAsync(tmp.Dir, null, "receipts", "verify", "--db", tmp.Path);
        Assert.Equal(0, ok.Exit);
        Assert.Equal("OK: 5 receipts in 1 group; every chain is intact.", ok.Out.Trim());

        await using (var connection = new SqliteConnection($"Data Source={tmp.Path}"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            // The schema refuses edits (append-only triggers); someone with the file can drop them. Verify must still tell.
            cmd.CommandText =
                "DROP TRIGGER receipts_no_update; UPDATE receipts SET summary = 'I can drive after 5' WHERE seq = 4";
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }
        SqliteConnection.ClearAllPools();
        var broken = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            tmp.Path
        );
        Assert.Equal(1, broken.Exit);
        Assert.Equal(
            "BROKEN: group playground:group, receipt #4: its content does not match its hash (it was edited).",
            broken.Out.Trim()
        );
    }

    [Fact]
    public async Task Receipts_export_writes_canonical_jsonl_without_any_phone_number()
    {
        using var tmp = new TempDb();
        await CliProcess.RunAsync(
            tmp.Dir,
            "dan: hi\nann: /ask Call me at 415 867 5309 about chairs\n",
            "chat",
            "--db",
            tmp.Path
        );
        var export = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--db",
            tmp.Path,
            "--format",
            "jsonl"
        );
        Assert.Equal(0, export.Exit);
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        // Canonical form 2: the handle, the member's pseudonym and that a member (not the bot) wrote it.
        Assert.Matches(
            "^\\{\"actor\":\"ann\",\"actor_id\":\"m-[0-9a-f]{12}\",\"actor_type\":\"member\",\"at\":",
            lines[0]
        );
        Assert.Contains(
            "\"summary\":\"Call me at [number hidden] about chairs\"",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("867 5309", export.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("8675309", export.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_validate_names_the_file_line_and_reason_of_a_broken_flow()
    {
        using var tmp = new TempDb();
        var dir = Directory.CreateDirectory(Path.Combine(tmp.Dir, "flows")).FullName;
        File.Copy(
            Path.Combine(Repo.Flows, "urgent-ride.yaml"),
            Path.Combine(dir, "urgent-ride.yaml")
        );
        var yaml = File.ReadAllText(Path.Combine(Repo.Flows, "cociv-loop.yaml"))
            .Replace("duration: 4d", "duration: 4 days", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "cociv-loop.yaml"), yaml);
        var line =
            yaml.Split('\n').ToList().FindIndex(l => l.Contains("4 days", StringComparison.Ordinal))
            + 1;

        var result = await CliProcess.RunAsync(tmp.Dir, null, "flows", "validate", dir);
        Assert.Equal(1, result.Exit);
        Assert.Contains($"cociv-loop.yaml:{line}: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 days", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 problem found.", result.Out, StringComparison.Ordinal);

        var shipped = await CliProcess.RunAsync(tmp.Dir, null, "flows", "validate", Repo.Flows);
        Assert.Equal(0, shipped.Exit);
        Assert.Contains("OK ", shipped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_without_any_channel_says_how_to_add_one()
    {
        using var tmp = new TempDb();
        var result = await CliProcess.RunAsync(tmp.Dir, null, "run");
        Assert.Equal(2, result.Exit);
        Assert.Contains("No channel is configured", result.Err, StringComparison.Ordinal);
        Assert.Contains("CivBot__Telegram__Token", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_validate_checks_one_file_and_puts_a_tab_at_its_own_line()
    {
        using var tmp = new TempDb();
        var lines = File.ReadAllLines(Path.Combine(Repo.Flows, "cociv-loop.yaml"));
        var tabbed = Array.FindIndex(lines, l => l.StartsWith("      ", StringComparison.Ordinal));
        lines[tabbed] = "\t" + lines[tabbed][2..];
        var file = Path.Combine(tmp.Dir, "cociv-loop.yaml");
        File.WriteAllLines(file, lines);

        var broken = await CliProcess.RunAsync(tmp.Dir, null, "flows", "validate", file);
        Assert.Equal(1, broken.Exit);
        Assert.Contains(
            $"cociv-loop.yaml:{tabbed + 1}: this line is indented with a tab",
            broken.Out,
            StringComparison.Ordinal
        );

        var one = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "flows",
            "validate",
            Path.Combine(Repo.Flows, "urgent-ride.yaml")
        );
        Assert.Equal(0, one.Exit);
        Assert.StartsWith("OK ", one.Out, StringComparison.Ordinal);
        Assert.Single(one.Out.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("bogus", "Unrecognized command or argument 'bogus'. See: civbot --help")]
    [InlineData(
        "run --port 80",
        "Unrecognized command or argument '--port'. See: civbot run --help"
    )]
    [InlineData(
        "receipts export --db x.db --format xml",
        "Argument 'xml' not recognized. Must be one of: 'jsonl' 'md'. See: civbot receipts export --help"
    )]
    public async Task A_usage_mistake_is_one_line_naming_the_help_to_read_and_exit_code_2(
        string args,
        string line
    )
    {
        using var tmp = new TempDb();
        var result = await CliProcess.RunAsync(tmp.Dir, null, args.Split(' '));
        Assert.Equal(2, result.Exit);
        Assert.Equal(line, result.Err.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_default_flow_that_is_not_there_is_one_line_naming_the_flows_that_are()
    {
        using var tmp = new TempDb();
        var result = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "chat",
            "--flow",
            "nope",
            "--db",
            tmp.Path
        );
        Assert.Equal(2, result.Exit);
        Assert.Single(result.Err.Trim().ReplaceLineEndings("\n").Split('\n'));
        Assert.Contains(
            "no flow 'nope' here (found cociv-loop, listing-check, urgent-ride): name one of those, or add nope.yaml",
            result.Err,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Receipts_verify_without_a_database_is_a_usage_error_not_a_broken_chain()
    {
        using var tmp = new TempDb();
        var result = await CliProcess.RunAsync(tmp.Dir, null, "receipts", "verify");
        Assert.Equal(2, result.Exit);
        Assert.Equal(
            "Name one database: --db FILE (SQLite) or --postgres CONNSTR (PostgreSQL).",
            result.Err.Trim().ReplaceLineEndings("\n")
        );
    }

    [Fact]
    public async Task Receipts_export_of_an_unknown_group_says_so_and_markdown_escapes_what_people_typed()
    {
        using var tmp = new TempDb();
        await CliProcess.RunAsync(
            tmp.Dir,
            "dan: hi\nann: /ask Need *chairs* [here](http://evil.example) <b>now</b>\n",
            "chat",
            "--db",
            tmp.Path
        );

        var unknown = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--db",
            tmp.Path,
            "--group",
            "telegram:-42"
        );
        Assert.Equal(1, unknown.Exit);
        Assert.StartsWith(
            "No group 'telegram:-42' has receipts in ",
            unknown.Err,
            StringComparison.Ordinal
        );
        Assert.Equal("", unknown.Out);

        var md = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--db",
            tmp.Path,
            "--format",
            "md",
            "--group",
            "playground:group"
        );
        Assert.Equal(0, md.Exit);
        Assert.Contains(
            "Need \\*chairs\\* \\[here\\]( \\<b\\>now\\</b\\>",
            md.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Receipts_export_as_markdown_is_in_the_groups_language()
    {
        using var tmp = new TempDb();
        await Playground.RunAsync(
            tmp.Path,
            "cociv-loop",
            "dan: /idioma es",
            "ann: /pedir Sillas para la feria"
        );

        var md = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "receipts",
            "export",
            "--db",
            tmp.Path,
            "--format",
            "md"
        );

        Assert.Equal(0, md.Exit);
        Assert.StartsWith(
            "# Recibos de playground:group\n",
            md.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.Contains(" · ciclo #1 · ask · ann", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_copies_a_database_in_use_and_receipts_verify_passes_on_the_copy()
    {
        using var tmp = new TempDb();
        Assert.Equal(
            0,
            (await CliProcess.RunAsync(tmp.Dir, Session, "chat", "--db", tmp.Path)).Exit
        );
        var copy = Path.Combine(
            Directory.CreateDirectory(Path.Combine(tmp.Dir, "backups")).FullName,
            "civbot.db"
        );

        // A reader holds the database open, as the running bot would.
        await using (var live = new SqliteConnection($"Data Source={tmp.Path}"))
        {
            await live.OpenAsync();
            await using var begin = live.CreateCommand();
            begin.CommandText = "BEGIN; SELECT count(*) FROM receipts;";
            await begin.ExecuteScalarAsync();
            var backup = await CliProcess.RunAsync(
                tmp.Dir,
                null,
                "backup",
                "--db",
                tmp.Path,
                "--out",
                copy
            );
            Assert.Equal(0, backup.Exit);
            Assert.StartsWith("Backed up ", backup.Out, StringComparison.Ordinal);
        }
        SqliteConnection.ClearAllPools();

        var verify = await CliProcess.RunAsync(tmp.Dir, null, "receipts", "verify", "--db", copy);
        Assert.Equal(0, verify.Exit);
        Assert.Equal("OK: 5 receipts in 1 group; every chain is intact.", verify.Out.Trim());
        Assert.Equal(
            File.Exists(CivBot.Checkpoints.DeploymentKey.PathFor(tmp.Path)),
            File.Exists(CivBot.Checkpoints.DeploymentKey.PathFor(copy))
        );

        var again = await CliProcess.RunAsync(
            tmp.Dir,
            null,
            "backup",
            "--db",
            tmp.Path,
            "--out",
            copy
        );
        Assert.Equal(2, again.Exit);
        Assert.Contains("already exists", again.Err, StringComparison.Ordinal);
    }
}
