namespace CivBot.Telegram.Tests.Sending;

using CivBot.Telegram.Sending;
using CivBot.Telegram.Tests.Support;
using Microsoft.Extensions.Options;

/// <summary>The limiter's bookings on a fake clock: Telegram's FAQ limits, never exceeded, never waited on needlessly.</summary>
public sealed class RateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();

    private RateLimiter Limiter(TelegramRateLimits? limits = null) =>
        new(_clock, Options.Create(new TelegramOptions { Limits = limits ?? new() }));

    [Fact]
    public void Messages_to_one_chat_are_spaced_one_second_apart()
    {
        var limiter = Limiter();
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("42", isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve("42", isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve("42", isGroup: false));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("42", isGroup: false));
    }

    [Fact]
    public void Different_chats_do_not_wait_for_each_other()
    {
        var limiter = Limiter();
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("1", isGroup: false));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("2", isGroup: false));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("-3", isGroup: true));
    }

    [Fact]
    public void A_group_gets_at_most_twenty_messages_in_any_minute()
    {
        var limiter = Limiter();
        var waits = Enumerable
            .Range(0, 22)
            .Select(_ => limiter.Reserve("-100", isGroup: true))
            .ToList();
        Assert.Equal(TimeSpan.FromSeconds(19), waits[19]);
        // The 21st must wait until the first of the twenty is a minute old.
        Assert.Equal(TimeSpan.FromSeconds(60), waits[20]);
        Assert.Equal(TimeSpan.FromSeconds(61), waits[21]);
    }

    [Fact]
    public void No_more_than_thirty_messages_go_out_in_any_second_overall()
    {
        var limiter = Limiter();
        var waits = Enumerable
            .Range(0, 31)
            .Select(i => limiter.Reserve($"user{i}", isGroup: false))
            .ToList();
        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[30]);
    }

    [Fact]
    public void A_chat_waiting_on_its_own_gap_does_not_hold_up_the_overall_budget()
    {
        var limiter = Limiter(new TelegramRateLimits { OverallPerSecond = 2 });
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a", isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve("a", isGroup: false));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("b", isGroup: false));
    }
}
