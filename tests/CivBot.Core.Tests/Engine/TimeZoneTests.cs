namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

public sealed class TimeZoneTests
{
    [Fact]
    public void A_group_sets_its_time_zone_and_deadlines_show_local_time_with_the_weekday()
    {
        var h = Loops.WithMembers();

        var set = h.Send("ann", "/timezone America/Chicago");
        var opened = h.Send("ann", "/ask Need a ride to the clinic");

        // 09:00 UTC on Sunday 22 November is 03:00 in Chicago.
        Assert.Equal(
            [
                "bot: 🕒 ann set this group's time zone to America/Chicago: it's Sun 03:00 there, and deadlines are shown in that time.",
            ],
            set
        );
        Assert.Contains(
            opened,
            l =>
                l.Contains(
                    "Listen (hearing the need and ideas) ends in 1d (Mon 03:00).",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal("America/Chicago", h.State.TimeZone);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_one_friendly_line()
    {
        var h = Loops.WithMembers();
        Assert.Equal(
            [
                "bot: I don't know the time zone \"Mars/Olympus\". Use an IANA name such as America/Chicago, Europe/Berlin or Africa/Nairobi.",
            ],
            h.Send("ann", "/timezone Mars/Olympus")
        );
        Assert.Null(h.State.TimeZone);
    }

    [Fact]
    public void Without_a_choice_the_configured_zone_is_used_and_a_time_today_has_no_weekday()
    {
        var h = new EngineHarness(
            flows: TestFlows.With(VoteKind.Single),
            timeZone: "Europe/Berlin"
        );
        h.Send("dan", "/help");
        Assert.Equal(
            [
                "bot: Times here are shown in Europe/Berlin (it's Sun 10:00 there). To change it: /timezone America/Chicago, or another IANA name.",
            ],
            h.Send("dan", "/timezone")
        );
        var opened = h.Send("ann", "/ask Need a ladder");
        Assert.Contains(opened, l => l.Contains("in 1d (Mon 10:00)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flow_time_zone_applies_when_the_group_chose_none()
    {
        var flows = new FlowCatalog([
            FlowText.LoadValid(
                """
                id: test-flow
                version: 1
                title: Test flow
                time_zone: Asia/Tokyo
                phases:
                  - id: listen
                    kind: listen
                    duration: 2h
                  - id: do
                    kind: do
                    duration: 1d
                  - id: audit
                    kind: audit
                    duration: 1d
                """
            ),
        ]);
        var h = new EngineHarness(flows: flows, timeZone: "Europe/Berlin");
        h.Send("dan", "/help");
        var opened = h.Send("ann", "/ask Need a ladder");
        // 18:00 in Tokyo, the deadline 20:00, on the same day: no weekday.
        Assert.Contains(opened, l => l.Contains("ends in 2h (20:00)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flow_with_an_unknown_time_zone_is_refused_with_its_line()
    {
        FlowText.ErrorAt(
            """
            id: test-flow
            version: 1
            title: Test flow
            time_zone: Somewhere/Else
            phases:
              - id: listen
                kind: listen
                duration: 2h
              - id: do
                kind: do
                duration: 1d
              - id: audit
                kind: audit
                duration: 1d
            """,
            4,
            "time_zone 'Somewhere/Else'",
            "America/Chicago"
        );
    }

    [Fact]
    public void A_reminder_five_minutes_before_the_vote_closes_says_closes_in_5m()
    {
        var h = Loops.WithMembers("urgent-ride");
        h.Send("ann", "/ask Need a ride now");
        h.Send("eve", "/propose Eve drives");
        h.Send("dan", "/vote");

        var reminders = h.Wait(TimeSpan.FromMinutes(5));

        Assert.Contains(
            reminders,
            l => l.Contains("closes in 5m (09:10)", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData(5, "in 5m (09:05)")]
    [InlineData(14 * 60 + 59, "in 14h 59m (23:59)")]
    [InlineData(15 * 60, "in 15h (Mon 00:00)")]
    [InlineData(9 * 24 * 60, "in 1w 2d (Tue Dec 1 09:00)")]
    public void When_is_exact_and_names_the_weekday_only_when_it_is_not_today(
        int minutes,
        string expected
    )
    {
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            expected,
            CivBot.Core.Languages.Words.English.When(now.AddMinutes(minutes), now, TimeZoneInfo.Utc)
        );
    }

    [Theory]
    [InlineData(5, "en 5m (09:05)")]
    [InlineData(15 * 60, "en 15h (lun 00:00)")]
    [InlineData(5 * 24 * 60 + 8 * 60, "en 5d 8h (vie 17:00)")]
    [InlineData(9 * 24 * 60, "en 1 sem 2d (mar 1 dic 09:00)")]
    [InlineData(-1, "ahora")]
    public void Spanish_readers_see_spanish_weekdays_and_months(int minutes, string expected)
    {
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            expected,
            CivBot.Core.Languages.Words.Spanish.When(now.AddMinutes(minutes), now, TimeZoneInfo.Utc)
        );
    }
}
