using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class ShippedFlowsTests
{
    private static readonly FlowLoadResult Shipped = FlowLoader.LoadDirectory(Repo.Flows);

    private static FlowDefinition Flow(string id) => Shipped.Flows.Single(f => f.Id == id);

    [Fact]
    public void All_shipped_flows_load_without_errors()
    {
        Assert.True(Shipped.Ok, string.Join("\n", Shipped.Errors));
        Assert.Equal(
            ["cociv-loop", "listing-check", "urgent-ride"],
            Shipped.Flows.Select(f => f.Id)
        );
    }

    [Fact]
    public void Every_shipped_flow_points_editors_at_the_schema()
    {
        foreach (var flow in Shipped.Flows)
            Assert.StartsWith(
                "# yaml-language-server: $schema=./flow.schema.json",
                flow.Yaml,
                StringComparison.Ordinal
            );
    }

    [Fact]
    public void The_cociv_loop_is_the_one_week_microproject()
    {
        var flow = Flow("cociv-loop");

        Assert.Equal(1, flow.Version);
        Assert.Equal(Path.Combine(Repo.Flows, "cociv-loop.yaml"), flow.SourceFile);
        Assert.Equal(File.ReadAllText(flow.SourceFile), flow.Yaml);
        Assert.Equal(
            [
                ("listen", PhaseKind.Listen, "1d", "deliberate"),
                ("deliberate", PhaseKind.Deliberate, "1d", "do"),
                ("do", PhaseKind.Do, "4d", "audit"),
                ("audit", PhaseKind.Audit, "1d", "closed"),
            ],
            flow.Phases.Select(p => (p.Id, p.Kind, Durations.Format(p.Duration), p.Next))
        );
        Assert.Equal(
            new VoteSettings(
                VoteKind.Single,
                TimeSpan.FromDays(1),
                new Quorum(2, null),
                TimeSpan.FromHours(6),
                "listen",
                "closed"
            ),
            flow.Phase("deliberate").Vote
        );
        Assert.Equal(new BuilderSettings(3, TimeSpan.FromDays(1)), flow.Phase("do").Builders);
        Assert.Equal(
            new AuditSettings(TimeSpan.FromHours(12), 2, 3, "do", 0),
            flow.Phase("audit").Audit
        );
        Assert.Empty(flow.Permissions);
        Assert.Equal(FlowDefaults.Emergency, flow.Emergency);
    }

    [Fact]
    public void The_urgent_ride_goes_start_to_finish_within_an_hour_and_lets_the_asker_move_it()
    {
        var flow = Flow("urgent-ride");

        Assert.Equal(
            ["10m", "10m", "30m", "1h"],
            flow.Phases.Select(p => Durations.Format(p.Duration))
        );
        Assert.True(flow.Phases.Take(3).Sum(p => p.Duration.TotalMinutes) <= 60);
        Assert.Equal(
            new VoteSettings(
                VoteKind.Single,
                TimeSpan.FromMinutes(10),
                new Quorum(2, null),
                TimeSpan.FromMinutes(5),
                "closed",
                "closed"
            ),
            flow.Phase("deliberate").Vote
        );
        Assert.Equal(new BuilderSettings(1, TimeSpan.FromMinutes(5)), flow.Phase("do").Builders);
        Assert.Equal(
            new AuditSettings(TimeSpan.FromMinutes(10), 2, 3, "do", 0),
            flow.Phase("audit").Audit
        );
        Assert.Equal([Actor.Steward, Actor.Asker], flow.WhoMay(FlowAction.OpenVote));
        Assert.Equal([Actor.Steward, Actor.Asker], flow.WhoMay(FlowAction.Next));
        Assert.Equal([Actor.Auditor], flow.WhoMay(FlowAction.Audit));
    }

    [Fact]
    public void The_listing_check_collects_a_quota_each_and_samples_them_in_the_audit()
    {
        var flow = Flow("listing-check");

        Assert.Equal(
            [
                ("listen", PhaseKind.Listen, "2h"),
                ("check", PhaseKind.Collect, "2d"),
                ("audit", PhaseKind.Audit, "1d"),
            ],
            flow.Phases.Select(p => (p.Id, p.Kind, Durations.Format(p.Duration)))
        );
        Assert.Equal(new CollectSettings(3, TimeSpan.FromHours(12)), flow.Phase("check").Collect);
        Assert.Equal(
            new AuditSettings(TimeSpan.FromHours(6), 2, 3, "check", 5),
            flow.Phase("audit").Audit
        );
        Assert.Equal(FlowDefinition.Closed, flow.Phase("audit").Next);
        Assert.Null(flow.Phase("check").Builders);
    }
}
