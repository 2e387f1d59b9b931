namespace CivBot.Tests.Playground;

using CivBot.Tests.Support;
using Microsoft.Data.Sqlite;

/// <summary>
/// One whole loop per shipped flow where people try each abuse of issue 8 — posing as the bot or a member, hidden
/// characters, phone numbers, filling the ballot, erasing others' work, odd money — and the trail still reads right.
/// </summary>
public sealed class PromiseTranscriptTests
{
    [Fact]
    public async Task The_default_flow_keeps_its_promises_when_people_try_each_abuse()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: hi",
            "eve: hi",
            "fay: hi",
            "ann: /ask The fridge door seal is torn, text me on +1 555 123 4567",
            "eve: /name CivBot",
            "fay: /name \u0415ve",
            "eve: /add Part number is on the back \u202Eof the door\u202C https://example.org/seal.jpg",
            ":wait 1d",
            "fay: /vote 1",
            "eve: /propose Order the part online",
            "eve: /propose Order it again",
            "eve: /propose Order it thrice",
            "eve: /propose Order it four times",
            "fay: /propose Ask the hardware store",
            "dan: /undo",
            "dan: /undo option 2 duplicate of option 1",
            "dan: /vote 1",
            "ann: /vote 1",
            "eve: /vote 1",
            "fay: /vote 3",
            "eve: /claim",
            "eve: /spend 500.5 JPY parking",
            "eve: /spend 29.99 USD door seal",
            "eve: /spend 2000 JPY parking",
            "eve: /done Seal fitted, fridge holds 4C again",
            "fay: /audit ok Checked the thermometer: 4C",
            "ann: /verify"
        );
        Assert.Contains(
            "bot: That name can't be used: it could be mistaken for me, the bot (CivBot). How about Neighbour? Type /name Neighbour to take it.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: That name can't be used: it looks the same as eve",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot: Added to #1 by eve: Part number is on the back of the door https://example.org/seal.jpg",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: The vote on #1 isn't open yet: the steward (dan) opens it",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: You've proposed 3 options on #1", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: /undo takes back only your own last move",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ↩️ dan reverted option 2 on #1 (eve: Order it again). Reason: duplicate of option 1.",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot → eve: dan, the steward of #1, took your option \"Order it again\" off the list",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot → dan: Got your vote on #1: 1) Order the part online. You can change it until the vote closes in 1d (09:00 UTC).".Split(
                " in 1d"
            )[0],
            output.Select(l => l.Split(" in 1d")[0])
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: JPY has no smaller unit", StringComparison.Ordinal)
        );
        Assert.Contains(
            "bot: 💸 eve spent 2000 JPY on #1: parking. Total so far: 2000 JPY + 29.99 USD.",
            output
        );
        Assert.Contains(output, l => l.StartsWith("bot: ✅ All ", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.Contains("4567", StringComparison.Ordinal));

        var trail = await Trail(db.Path);
        Assert.Contains(
            "ask|member|ann|The fridge door seal is torn, text me on [number hidden]",
            trail
        );
        Assert.Contains(
            "undo|member|dan|Reverted option 2 by eve (Order it again). Reason: duplicate of option 1",
            trail
        );
        Assert.Contains(
            "closed|bot|CivBot|Loop #1 closed: audit confirmed by fay, spent 2000 JPY + 29.99 USD",
            trail
        );
        Assert.Contains("context|member|eve|Part number is on the back of the door", trail);
        Assert.DoesNotContain(
            trail,
            t => t.Contains('\u202E') || t.Contains("4567", StringComparison.Ordinal)
        );
        Assert.All(
            trail.Where(t => t.Contains("|CivBot|", StringComparison.Ordinal)),
            t => Assert.Contains("|bot|", t)
        );
    }

    [Fact]
    public async Task The_urgent_ride_keeps_its_promises_when_people_try_each_abuse()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "urgent-ride",
            "dan: hi",
            "eve: hi",
            "fay: hi",
            "ann: /ask Need a ride from 112 Main St to the clinic before 5pm, call ５５５-１２３-４５６７",
            "fay: /name bot",
            "eve: /propose Eve drives",
            "fay: /propose Fay drives",
            "eve: /vote 1",
            "ann: /vote 1",
            "fay: /vote 2",
            "eve: /vote 2",
            "dan: /vote 1",
            ":wait 6m",
            "eve: /spend 5 USD gas",
            "dan: /undo",
            "eve: /done Dropped her at 4:50",
            "fay: /audit ok Receipt photo matches",
            "ann: /verify"
        );
        Assert.DoesNotContain(
            output,
            l => l.Contains("not an emergency service", StringComparison.Ordinal)
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: That name can't be used: it could be mistaken for me",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: The vote on #1 isn't open yet: the asker (ann) or the steward (dan) opens it",
                    StringComparison.Ordinal
                )
                || l.StartsWith(
                    "bot: The vote on #1 isn't open yet: the steward (dan) or the asker (ann) opens it",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot → ann: Got your vote on #1: 1) Eve drives",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot: ⚖️ Options 1 and 2 on #1 tied with 2 votes each. Ties go to the option proposed first, so option 1 wins.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: /undo takes back only your own last move",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: 🔨 Nobody claimed #1, so rotation picks",
                    StringComparison.Ordinal
                )
        );
        Assert.DoesNotContain(
            output,
            l =>
                l.StartsWith(
                    "bot: 🔨 Nobody claimed #1, so rotation picks ann",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(output, l => l.StartsWith("bot: ✅ All ", StringComparison.Ordinal));
        Assert.DoesNotContain(
            output,
            l =>
                l.Contains("４５６７", StringComparison.Ordinal)
                || l.Contains("4567", StringComparison.Ordinal)
        );

        var trail = await Trail(db.Path);
        Assert.Contains(
            trail,
            t =>
                t.StartsWith(
                    "ask|member|ann|Need a ride from 112 Main St to the clinic before 5pm, call [number hidden]",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            trail,
            t => t.StartsWith("decision|bot|CivBot|Decided: option 1", StringComparison.Ordinal)
        );
        Assert.Contains("spend|member|eve|gas", trail);
        Assert.DoesNotContain(trail, t => t.StartsWith("undo|", StringComparison.Ordinal));
        Assert.Contains(
            trail,
            t =>
                t.StartsWith(
                    "closed|bot|CivBot|Loop #1 closed: audit confirmed by fay, spent 5.00 USD",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            trail,
            t =>
                t.StartsWith("role|bot|CivBot|", StringComparison.Ordinal)
                && t.Contains("is builder of #1", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task The_listing_check_keeps_its_promises_when_people_try_each_abuse()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "listing-check",
            "dan: hi",
            "eve: hi",
            "fay: hi",
            "gus: hi",
            "hal: hi",
            "ivy: hi",
            "ann: /ask Check the clinic listings before the fair",
            "dan: /next",
            "ann: /check Eastside clinic: hours listed for 2024 2025 2026 are right",
            "dan: /check Northside clinic: the number is ٠١٠٢٣٤٥٦٧٨٩ now",
            "eve: /check Westside clinic: address right https://example.org/w",
            "fay: /check Southside clinic: ISBN 978-3-16-148410-0 leaflet on the desk",
            "gus: /check Central clinic: closed on Sundays",
            ":wait 2d",
            "eve: /audit ok looks fine to me",
            "hal: /audit flag Westside listing still has the old address",
            "hal: /check Westside clinic: address corrected",
            ":wait 2d",
            "fay: /audit ok Sample checked, Westside now right",
            "ann: /verify"
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: One of your checks is in the audit sample of #1",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot: 🚩 hal flagged #1: Westside listing still has the old address",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith("bot → fay: - receipt #", StringComparison.Ordinal)
                && l.Contains("address corrected", StringComparison.Ordinal)
        );
        // fay's own check fell out of the re-audit's sample, so she may audit it; nothing of hers is in what she checks.
        Assert.DoesNotContain(
            output,
            l =>
                l.StartsWith("bot → fay: - receipt #", StringComparison.Ordinal)
                && l.Contains(" by fay:", StringComparison.Ordinal)
        );
        Assert.Contains(output, l => l.StartsWith("bot: ✅ All ", StringComparison.Ordinal));

        var trail = await Trail(db.Path);
        Assert.Contains(
            trail,
            t => t.Contains("hours listed for 2024 2025 2026 are right", StringComparison.Ordinal)
        );
        Assert.Contains(trail, t => t.Contains("ISBN 978-3-16-148410-0", StringComparison.Ordinal));
        Assert.Contains(
            trail,
            t => t.Contains("the number is [number hidden] now", StringComparison.Ordinal)
        );
        Assert.Contains(
            trail,
            t => t.StartsWith("role|bot|CivBot|hal is auditor of #1", StringComparison.Ordinal)
        );
        Assert.Contains(
            trail,
            t => t.StartsWith("role|bot|CivBot|fay is auditor of #1", StringComparison.Ordinal)
        );
        Assert.Contains(
            trail,
            t =>
                t.StartsWith(
                    "closed|bot|CivBot|Loop #1 closed: audit confirmed by fay",
                    StringComparison.Ordinal
                )
        );
    }

    /// <summary>kind|actor type|actor|summary of every receipt, oldest first.</summary>
    private static async Task<List<string>> Trail(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText =
            "SELECT kind || '|' || ifnull(actor_type, '-') || '|' || actor || '|' || summary FROM receipts ORDER BY seq";
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
