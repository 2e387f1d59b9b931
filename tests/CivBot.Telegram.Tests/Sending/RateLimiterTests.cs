namespace CivBot.Telegram.Tests.Sending;

using CivBot.Telegram.Sending;
using CivBot.Telegram.Tests.Support;
using Microsoft.Extensions.Options;

/// <summary>The limiter's bookings on a fake clock: Telegram's FAQ limits, never exceeded, never waited on needlessly.</summary>
public sealed class RateLimiterTests
{
    private readonly ManualTimeProvider _clock = new() { ControlsTimers = true };

    private RateLimiter Limiter(TelegramRateLimits? limits = null) =>
        new(_clock, Options.Create(new TelegramOptions { Limits = limits ?? new() }));

    private static RateLimiter.Slot Book(RateLimiter limiter, string chat, bool isGroup = false) =>
        limiter.Book(chat, isGroup) ?? throw new Xunit.Sdk.XunitException("no slot was booked");

    /// <summary>Waits for the slot, sends, and is answered at once, as the sender does.</summary>
    private RateLimiter.Slot Send(RateLimiter limiter, string chat, bool isGroup = false)
    {
        var slot = Book(limiter, chat, isGroup);
        _clock.Advance(slot.Wait);
        limiter.Answered(slot);
        return slot;
    }

    [Fact]
    public void Messages_to_one_chat_are_spaced_one_second_apart()
    {
        var limiter = Limiter();
        Assert.Equal(TimeSpan.Zero, Book(limiter, "42").Wait);
        Assert.Equal(TimeSpan.FromSeconds(1), Book(limiter, "42").Wait);
        Assert.Equal(TimeSpan.FromSeconds(2), Book(limiter, "42").Wait);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, Book(limiter, "42").Wait);
    }

    [Fact]
    public void The_next_message_to_a_chat_waits_a_full_second_after_a_late_answer()
    {
        var limiter = Limiter();
        var first = Book(limiter, "42");
        // Telegram took 300 ms to answer, so it may have counted the message as late as that.
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        limiter.Answered(first);
        Assert.Equal(TimeSpan.FromSeconds(1), Book(limiter, "42").Wait);
    }

    [Fact]
    public void Different_chats_do_not_wait_for_each_other()
    {
        var limiter = Limiter();
        Assert.Equal(TimeSpan.Zero, Book(limiter, "1").Wait);
        Assert.Equal(TimeSpan.Zero, Book(limiter, "2").Wait);
        Assert.Equal(TimeSpan.Zero, Book(limiter, "-3", isGroup: true).Wait);
    }

    [Fact]
    public void A_group_gets_at_most_twenty_messages_in_any_minute()
    {
        var limiter = Limiter();
        var sent = Enumerable
            .Range(0, 20)
            .Select(_ => Send(limiter, "-100", isGroup: true))
            .ToList();
        Assert.Equal(TimeSpan.FromSeconds(19), sent[19].At - sent[0].At);
        // The 21st must wait until the first of the twenty is a minute old.
        Assert.Equal(sent[0].At + TimeSpan.FromMinutes(1), Book(limiter, "-100", isGroup: true).At);
    }

    [Fact]
    public void No_more_than_thirty_messages_go_out_in_any_second_overall()
    {
        var limiter = Limiter();
        var slots = Enumerable.Range(0, 30).Select(i => Book(limiter, $"user{i}")).ToList();
        Assert.All(slots, s => Assert.Equal(TimeSpan.Zero, s.Wait));
        _clock.Advance(TimeSpan.FromMilliseconds(10));
        foreach (var slot in slots)
            limiter.Answered(slot);
        // All thirty were answered 10 ms after they went, so the second that counts them ends a second after that.
        Assert.Equal(TimeSpan.FromSeconds(1), Book(limiter, "user30").Wait);
    }

    [Fact]
    public void While_a_full_second_of_messages_awaits_answers_no_further_slot_is_promised()
    {
        var limiter = Limiter();
        var slots = Enumerable.Range(0, 30).Select(i => Book(limiter, $"user{i}")).ToList();
        // Unanswered, they may still be arriving at Telegram at any moment: nobody knows yet when the second ends.
        Assert.Null(limiter.Book("user30", isGroup: false));
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        limiter.Answered(slots[0]);
        Assert.Equal(slots[0].At + TimeSpan.FromSeconds(1.2), Book(limiter, "user30").At);
    }

    [Fact]
    public async Task A_sender_held_up_by_unanswered_messages_goes_a_second_after_the_first_answer()
    {
        var limiter = Limiter(new TelegramRateLimits { OverallPerSecond = 2 });
        var a = Book(limiter, "a");
        Book(limiter, "b");
        var waiting = limiter.WaitAsync("c", isGroup: false, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(400));
        limiter.Answered(a);
        var due = _clock.GetUtcNow() + TimeSpan.FromSeconds(1);
        // The waiting sender books on the answer; its timer then runs on this clock.
        for (var i = 0; i < 500 && !_clock.HasTimerDueAt(due); i++)
            await Task.Delay(10);
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var slot = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(due, slot.At);
    }

    [Fact]
    public void A_chat_waiting_on_its_own_gap_does_not_hold_up_the_overall_budget()
    {
        var limiter = Limiter(new TelegramRateLimits { OverallPerSecond = 2 });
        Send(limiter, "a");
        Assert.Equal(TimeSpan.FromSeconds(1), Book(limiter, "a").Wait);
        Assert.Equal(TimeSpan.Zero, Book(limiter, "b").Wait);
    }
}
