namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class RotationTests
{
    private static readonly string[] Five = ["ann", "bob", "cy", "dee", "eli"];

    [Fact]
    public void Roles_rotate_fairly_over_many_loops_and_nobody_holds_one_twice_running()
    {
        var h = Loops.WithMembers("urgent-ride", Five);
        var stewards = new List<string>();
        var auditors = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var asker = Five[i % 5];
            h.Send(asker, $"/ask Loop {i}");
            var loop = h.State.Loops.Single();
            var steward = Handle(h, loop.Steward);
            stewards.Add(steward);
            h.Send(steward, "/propose Do it");
            h.Send(steward, "/vote");
            foreach (var n in Five)
                h.Send(n, "/vote 1");
            // Nobody claims: rotation picks the builder after five minutes.
            h.Wait(TimeSpan.FromMinutes(6));
            var builder = Handle(h, h.State.Loops.Single().Builders.Single());
            Assert.NotEqual(asker, builder);
            h.Send(builder, "/done Done");
            var audited = h.State.Loops.Single();
            var auditor = Handle(h, audited.Auditor);
            auditors.Add(auditor);
            Assert.DoesNotContain(auditor, new[] { asker, steward, builder });
            h.Send(auditor, "/audit ok Checked");
            Assert.Empty(h.State.Loops);
        }
        // Least-recently-served among the *eligible* cannot always balance counts exactly: the asker, steward and
        // builder of a loop (three different people, as the asker never builds by rotation) can't audit it, which
        // leaves two of five to choose from. Stewards stay within two, auditors within three.
        var stewardCounts = Five.Select(n => stewards.Count(x => x == n)).ToList();
        var auditorCounts = Five.Select(n => auditors.Count(x => x == n)).ToList();
        Assert.True(
            stewardCounts.Max() - stewardCounts.Min() <= 2,
            $"uneven: {string.Join(",", stewardCounts)}"
        );
        Assert.True(
            auditorCounts.Max() - auditorCounts.Min() <= 3,
            $"uneven: {string.Join(",", auditorCounts)}"
        );
        for (var i = 1; i < stewards.Count; i++)
            Assert.NotEqual(stewards[i - 1], stewards[i]);
        for (var i = 1; i < auditors.Count; i++)
            Assert.NotEqual(auditors[i - 1], auditors[i]);
        Assert.Equal(30, h.OfKind(ReceiptKind.Closed).Count());
    }

    [Fact]
    public void The_asker_is_not_picked_as_steward_while_someone_else_is_eligible()
    {
        var h = Loops.WithMembers("cociv-loop", "ann", "bob");
        h.Send("ann", "/ask Need chairs");
        Assert.Equal("bob", Handle(h, h.State.Loops[0].Steward));
    }

    [Fact]
    public void A_member_who_opted_out_of_a_role_is_skipped_until_they_opt_back_in()
    {
        var h = Loops.WithMembers("cociv-loop", Five);
        h.Send("bob", "/optout steward");
        h.Send("ann", "/ask First");
        Assert.Equal("cy", Handle(h, h.State.Loops[0].Steward));
        var roles = h.Send("ann", "/roles");
        Assert.Contains(
            roles,
            l => l.Contains("Opted out: bob (steward)", StringComparison.Ordinal)
        );
        h.Send("bob", "/optin steward");
        h.Send("ann", "/ask Second #2");
        Assert.Equal("bob", Handle(h, h.State.Loops[1].Steward));
    }

    [Fact]
    public void When_nobody_independent_is_left_the_group_is_told_instead_of_bending_the_rule()
    {
        var h = Loops.WithMembers("cociv-loop", "ann", "bob");
        h.Send("ann", "/ask Fix the gate");
        h.Send("bob", "/propose Bob fixes it");
        h.Send("bob", "/vote");
        h.Send("ann", "/vote 1");
        h.Send("bob", "/vote 1");
        h.Send("bob", "/claim");
        var done = h.Send("bob", "/done Fixed");
        Assert.Contains(
            done,
            l => l.Contains("nobody independent is available", StringComparison.Ordinal)
        );
        Assert.Null(h.State.Loops[0].Auditor);

        h.Send("cat", "/help");
        h.Send("bob", "/next");
        Assert.Equal("cat", Handle(h, h.State.Loops[0].Auditor));
    }

    [Fact]
    public void Roles_shows_who_holds_what_and_who_is_next()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var roles = h.Send("ann", "/roles");
        Assert.Equal(
            "bot: #1 (cociv-loop v1): steward dan · builders eve · auditor nobody yet",
            roles[0]
        );
        Assert.StartsWith(
            "bot: Next by rotation: steward eve · builder dan · auditor dan",
            roles[1]
        );
    }

    private static string Handle(EngineHarness h, MemberId? id) =>
        h.State.Member(id!.Value)!.Handle;
}
