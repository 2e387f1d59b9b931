namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>Mission acceptance story 2: a few dozen members check clinic listings within two days.</summary>
public sealed class ListingCheckStoryTests
{
    [Fact]
    public void Members_submit_checks_the_short_ones_are_nudged_and_the_audit_samples_before_closing()
    {
        var names = Enumerable.Range(1, 30).Select(i => $"m{i:00}").ToArray();
        var h = Loops.WithMembers("listing-check", names);
        h.Send("m01", "/ask Check the clinic listings on the county map before the health fair");
        h.Send(h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle, "/next");
        Assert.Equal("check", h.State.Loops[0].Phase);

        // Twenty members meet the quota of three; the other ten send one each.
        for (var i = 0; i < 30; i++)
        {
            var count = i < 20 ? 3 : 1;
            for (var c = 1; c <= count; c++)
                h.Send(
                    names[i],
                    $"/check Clinic {i}-{c}: hours and phone correct https://example.org/listing/{i}/{c}"
                );
        }
        Assert.Contains(
            "That's 4 from you: quota met, thank you!",
            h.Send("m01", "/check Clinic extra: closed on Sundays")[0]
        );
        Assert.Contains(
            "That's 2 of your 3.",
            h.Send("m25", "/check Clinic 25-2: wrong address")[0]
        );

        var status = h.Send("m02", "/status");
        Assert.Contains(
            "bot: Checks: 72, 20 of 30 members at quota 3 · short: m21 1/3, m22 1/3, m23 1/3, m24 1/3, m26 1/3 and 5 more",
            status
        );
        Assert.InRange(status.Count, 1, 6);

        // Twelve hours before the deadline only those short of their quota are nudged, privately.
        var nudges = h.Wait(TimeSpan.FromHours(36) + TimeSpan.FromMinutes(1));
        var nudged = nudges
            .Where(l => l.Contains("You've sent", StringComparison.Ordinal))
            .Select(l => l.Split(':')[0])
            .ToList();
        Assert.Equal(10, nudged.Count);
        Assert.Contains("bot → m25", nudged);
        Assert.DoesNotContain("bot → m01", nudged);
        Assert.Contains(
            nudges,
            l => l.Contains("You've sent 2 of 3 checks", StringComparison.Ordinal)
        );

        // At the deadline the tally is posted and the audit starts with a sample of the checks.
        var audit = h.Wait(TimeSpan.FromHours(12));
        Assert.Contains(
            audit,
            l =>
                l.StartsWith(
                    "bot: ⏱ Collection on #1 is over: 72 checks, 20 of 30 members met the quota · short: m21 1/3",
                    StringComparison.Ordinal
                )
        );
        var auditor = h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle;
        var sampled = audit
            .Where(l => l.StartsWith($"bot → {auditor}: - receipt #", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(5, sampled.Count);

        h.Send(auditor, "/audit ok Sampled five listings; all matched the county site");
        Assert.Empty(h.State.Loops);
        Assert.Equal(
            72,
            h.OfKind(ReceiptKind.Progress)
                .Count(r => r.Summary.StartsWith("check ", StringComparison.Ordinal))
        );
        Assert.Equal(ReceiptKind.Closed, h.Receipts[^1].Kind);
        Assert.Equal(
            ["https://example.org/listing/0/1"],
            h.Receipts.First(r =>
                r.Summary.StartsWith("check 1/3: Clinic 0-1", StringComparison.Ordinal)
            ).Evidence
        );
    }
}
