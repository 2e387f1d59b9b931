namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class IndependentEyesTests
{
    [Fact]
    public void Rotation_never_picks_the_asker_to_build_their_own_ask_though_they_may_claim_it()
    {
        // Ann asked; dan stewards; rotation would pick ann next (never served as builder, earliest joiner).
        var h = Loops.WithMembers("urgent-ride", "ann", "dan");
        h.Send("ann", "/ask Need a ride now");
        h.Send("dan", "/propose Dan drives");
        h.Send("dan", "/vote 1");
        h.Send("ann", "/vote 1");
        var picked = h.Wait(TimeSpan.FromMinutes(6));
        var loop = h.State.Loops.Single();
        Assert.Equal([new MemberId("playground:dan")], loop.Builders);
        Assert.Contains(
            "bot: 🔨 Nobody claimed #1, so rotation picks dan to build it. Can't do it? /handoff #1.",
            picked
        );
        var role = h.OfKind(ReceiptKind.Role).Last();
        Assert.Equal(ActorType.Bot, role.ActorType);
        Assert.Equal("dan is builder of #1 (rotation: nobody claimed it)", role.Summary);

        var own = Loops.WithMembers("urgent-ride", "ann", "dan");
        own.Send("ann", "/ask Need a ride now");
        own.Send("dan", "/propose Ann drives herself");
        own.Send("dan", "/vote 1");
        own.Send("ann", "/vote 1");
        Assert.StartsWith("bot: 🔨 ann is building #1", own.Send("ann", "/claim")[0]);
    }

    [Fact]
    public void The_auditor_never_wrote_a_check_in_the_sample_and_a_reaudit_samples_again_with_new_checks()
    {
        string[] names = ["ann", "dan", "eve", "fay", "gus", "hal", "ivy"];
        var h = Loops.WithMembers("listing-check", names);
        h.Send("ann", "/ask Check the clinic listings");
        h.Send("dan", "/next");
        // Five members send a check each; the sample of five then holds checks from all five.
        foreach (var n in names[..5])
            h.Send(n, $"/check {n}'s listing is right");
        h.Wait(TimeSpan.FromDays(2));
        var loop = h.State.Loops.Single();
        Assert.Equal("audit", loop.Phase);
        Assert.Equal(new MemberId("playground:hal"), loop.Auditor);
        var request = h
            .Transcript.Where(l => l.StartsWith("bot → hal: - receipt #", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(5, request.Count);

        // A sample author can't audit, even when the flow would let them.
        Assert.StartsWith(
            "bot: One of your checks is in the audit sample of #1",
            h.Send("eve", "/audit ok fine")[0]
        );

        var flag = h.Send("hal", "/audit flag eve's listing has the old address");
        Assert.Contains("bot: 🚩 hal flagged #1: eve's listing has the old address", flag);
        Assert.Equal("check", h.State.Loops.Single().Phase);
        Assert.Equal(1, h.State.Loops.Single().AuditRound);
        h.Send("hal", "/check Fixed: eve's listing now has the new address");
        h.Wait(TimeSpan.FromDays(2));
        var reaudit = h.State.Loops.Single();
        Assert.Equal("audit", reaudit.Phase);
        // hal wrote a check in the new sample (everything since the flag is in it), so someone else audits: nobody
        // whose check is in the new sample (each check names its author), nor the asker or the steward.
        Assert.NotEqual(new MemberId("playground:hal"), reaudit.Auditor);
        Assert.NotEqual(new MemberId("playground:ann"), reaudit.Auditor);
        Assert.NotEqual(reaudit.Steward, reaudit.Auditor);
        var auditor = h.State.Member(reaudit.Auditor!.Value)!.Handle;
        var sample = h
            .Transcript.Where(l =>
                l.StartsWith($"bot → {auditor}: - receipt #", StringComparison.Ordinal)
            )
            .ToList();
        Assert.NotEmpty(sample);
        Assert.DoesNotContain(
            sample,
            l =>
                l.Contains($" by {auditor}:", StringComparison.Ordinal)
                || l.Contains($"{auditor}'s listing", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Transcript,
            l =>
                l.StartsWith($"bot → {auditor}: - receipt #", StringComparison.Ordinal)
                && l.Contains("Fixed: eve's listing", StringComparison.Ordinal)
        );
    }
}
