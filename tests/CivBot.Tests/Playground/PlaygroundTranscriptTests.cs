namespace CivBot.Tests.Playground;

using CivBot.Tests.Support;
using Microsoft.Data.Sqlite;

/// <summary>One transcript per shipped flow, through the real playground, storage, outbox and timers.</summary>
public sealed class PlaygroundTranscriptTests
{
    [Fact]
    public async Task The_default_flow_runs_a_week_long_loop_with_waits_and_writes_every_receipt()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: hi",
            "eve: hi",
            "fay: hi",
            "ann: /ask The community fridge needs a new door seal",
            "eve: /add The model number is on the back https://example.org/fridge.jpg",
            ":wait 1d",
            "eve: /propose Order the part online, about 30 USD",
            "fay: /propose Ask the hardware store to donate one",
            "dan: /vote",
            "ann: /vote 1",
            "eve: /vote 1",
            ":wait 1d",
            "eve: /claim",
            "eve: /spend 29.99 USD door seal",
            "eve: /done Seal fitted, fridge holds 4C again",
            ":wait 13h",
            "fay: /audit ok Checked the thermometer: 4C",
            "ann: /kit #1 full"
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: #1 moves to Deliberate (the listen deadline passed): choosing what to do. Propose options with /propose <option>. dan opens the vote with /vote; otherwise it opens by itself in 1d (",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot → fay: ⏰ The vote on #1 closes in 6h", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith("bot: Decision on #1: Order the part online", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot → fay: Reminder 1: please audit #1", StringComparison.Ordinal)
        );
        Assert.Contains("bot: - 29.99 USD in 1 spend", output);

        await using var connection = new SqliteConnection($"Data Source={db.Path}");
        await connection.OpenAsync();
        var kinds = new List<string>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT kind FROM receipts ORDER BY seq";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                kinds.Add(reader.GetString(0));
        }
        Assert.Equal(
            [
                "ask",
                "flow",
                "role",
                "context",
                "option",
                "option",
                "vote-opened",
                "decision",
                "claim",
                "spend",
                "done",
                "role",
                "audit-confirmed",
                "closed",
            ],
            kinds
        );
    }

    [Fact]
    public async Task The_urgent_ride_flow_runs_start_to_finish_in_under_an_hour_of_playground_time()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(db.Path, "urgent-ride", UrgentRideScript.Lines);
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ✅ Loop #1 is closed (audit confirmed by fay)",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(
            "bot: 📣 New ask #1 from ann: Need a ride for my son to the clinic on Main St before 5pm",
            output[0]
        );
    }

    [Fact]
    public async Task An_urgent_ask_in_a_default_group_is_switched_to_the_urgent_flow_and_closes_within_the_hour()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: hi",
            "eve: hi",
            "fay: hi",
            "ann: /ask Need a ride for my son to the clinic, it closes in 50 minutes",
            "eve: /add I'm free after 4",
            "ann: /urgent",
            "eve: /propose Eve drives him now",
            "ann: /vote",
            "ann: /vote 1",
            "eve: /vote 1",
            ":wait 10m",
            "eve: /claim",
            "eve: /spend 4.50 USD gas",
            "eve: /done Dropped him off in time",
            ":wait 10m",
            "fay: /audit ok He made the appointment",
            "ann: /kit #1 full"
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ⏱ Sounds urgent. ann, /urgent moves #1 to Urgent ride",
                    StringComparison.Ordinal
                )
        );
        Assert.Single(output, l => l.Contains("Sounds urgent", StringComparison.Ordinal));
        Assert.Contains(
            "bot: ⏩ #1 now runs on Urgent ride: about 2 hours start to finish. Everything added so far stays.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ✅ Loop #1 is closed (audit confirmed by fay)",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot: This loop ran on urgent-ride v2 (Urgent ride), file sha256:",
            string.Join("\n", output),
            StringComparison.Ordinal
        );

        // Everything happened within the hour of playground time, and the trail says which flow ran.
        await using var connection = new SqliteConnection($"Data Source={db.Path}");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText =
            "SELECT kind, summary, at FROM receipts WHERE kind IN ('ask', 'flow', 'context', 'closed') ORDER BY seq";
        var rows = new List<(string Kind, string Summary, DateTimeOffset At)>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                rows.Add(
                    (
                        reader.GetString(0),
                        reader.GetString(1),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))
                    )
                );
        }
        Assert.Equal(["ask", "flow", "context", "flow", "closed"], rows.Select(r => r.Kind));
        Assert.Equal("Runs on flow cociv-loop v1 (CoCiv loop)", rows[1].Summary);
        Assert.Equal("I'm free after 4", rows[2].Summary);
        Assert.Equal("Moved to flow urgent-ride v2 (Urgent ride)", rows[3].Summary);
        Assert.True(rows[^1].At - rows[0].At < TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task The_listing_check_flow_collects_checks_and_nudges_those_short_of_quota()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "listing-check",
            "ann: hi",
            "bob: hi",
            "cy: hi",
            "ann: /ask Check the clinic listings before the fair",
            "bob: /next",
            "ann: /check Eastside clinic hours correct",
            "ann: /check Westside clinic phone wrong",
            "ann: /check Northside clinic closed",
            "bob: /check Main St clinic fine",
            ":wait 36h",
            ":wait 13h",
            "cy: /audit ok Sampled the checks, they hold up"
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith("bot → bob: ⏰ #1 closes in 12h", StringComparison.Ordinal)
                && l.Contains("You've sent 1 of 3 checks", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(output, l => l.StartsWith("bot → ann: ⏰", StringComparison.Ordinal));
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ⏱ Collection on #1 is over: 4 checks, 1 of 3 members met the quota · short: ",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: ✅ Loop #1 is closed", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_second_run_on_the_same_database_picks_up_where_the_first_left_off()
    {
        using var db = new TempDb();
        await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: hi",
            "ann: /ask Need chairs",
            ":wait 2h"
        );
        var second = await Playground.RunAsync(db.Path, "cociv-loop", "ann: /status");
        Assert.Equal("bot: #1: Need chairs", second[0]);
        Assert.Contains(
            second,
            l =>
                l.StartsWith(
                    "bot: Phase: Listen (hearing the need and ideas), deadline in 22h",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public async Task The_vote_message_is_printed_once_and_each_ballot_shows_only_what_changed()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: hi",
            "eve: hi",
            "ann: /ask Need chairs",
            "eve: /propose Borrow from the church",
            "ann: /propose Rent them",
            "dan: /vote",
            "eve: /vote 1",
            "ann: /vote 1"
        );
        Assert.Single(output, l => l.StartsWith("bot: 🗳 Vote on #1", StringComparison.Ordinal));
        Assert.Contains(
            "bot: ↻ 1) Borrow from the church — 1 · 1 of 3 voted · quorum 2 · /vote #1 <number>",
            output
        );
        Assert.Single(
            output,
            l => l.Contains("opens the vote with /vote", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task An_absurd_wait_is_refused_with_one_line_and_the_playground_goes_on()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            ":wait 1000000w",
            ":wait 999999999999999999999d",
            ":wait 600w",
            "ann: /status"
        );
        Assert.Equal(
            [
                "playground: That wait is too long: the playground moves the clock at most 10 years (520w) at a time.",
                "playground: \"999999999999999999999d\" isn't a duration; try :wait 45m, :wait 6h or :wait 2d.",
                "playground: That wait is too long: the playground moves the clock at most 10 years (520w) at a time.",
                "bot: No loop is open. Start one with /ask <what you need> (it runs on CoCiv loop, about a week; /flows for others).",
            ],
            output
        );
    }

    [Fact]
    public async Task A_malformed_line_gets_a_friendly_hint_and_changes_nothing()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "this has no name",
            ":wait soon",
            "ann: /status"
        );
        Assert.Equal(
            [
                "playground: Lines look like \"name: text\", e.g. \"ann: /ask Need a ride to the clinic before 5pm\" (names: letters, digits, - and _).",
                "playground: \"soon\" isn't a duration; try :wait 45m, :wait 6h or :wait 2d.",
                "bot: No loop is open. Start one with /ask <what you need> (it runs on CoCiv loop, about a week; /flows for others).",
            ],
            output
        );
    }

    [Fact]
    public async Task A_loop_keeps_its_flow_version_across_restarts_after_the_flow_file_changes()
    {
        using var db = new TempDb();
        var flows = Directory.CreateDirectory(Path.Combine(db.Dir, "flows")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Flows, "*.yaml"))
            File.Copy(file, Path.Combine(flows, Path.GetFileName(file)));
        await Playground.RunInAsync(
            flows,
            db.Path,
            "cociv-loop",
            "dan: hi",
            "ann: /ask Need chairs"
        );

        // The group edits its flow: version 2 listens for ten minutes instead of a day.
        var path = Path.Combine(flows, "cociv-loop.yaml");
        var yaml = File.ReadAllText(path);
        var edited = yaml.Replace("version: 1", "version: 2", StringComparison.Ordinal);
        var listen = edited.IndexOf("duration: 1d", StringComparison.Ordinal);
        File.WriteAllText(
            path,
            edited[..listen] + "duration: 10m" + edited[(listen + "duration: 1d".Length)..]
        );

        var output = await Playground.RunInAsync(
            flows,
            db.Path,
            "cociv-loop",
            "dan: /ask Need a van",
            ":wait 2h",
            "ann: /status #1",
            "ann: /status #2"
        );

        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: #2 moves to Deliberate (the listen deadline passed)",
                    StringComparison.Ordinal
                )
        );
        Assert.DoesNotContain(
            output,
            l => l.StartsWith("bot: #1 moves to Deliberate", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: Asked by ann · flow cociv-loop v1 ·", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: Asked by dan · flow cociv-loop v2 ·", StringComparison.Ordinal)
        );
    }
}
