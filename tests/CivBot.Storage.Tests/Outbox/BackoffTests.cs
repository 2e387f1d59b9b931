namespace CivBot.Storage.Tests.Outbox;

using CivBot.Storage.Outbox;

public sealed class BackoffTests
{
    [Fact]
    public void Each_wait_doubles_plus_up_to_half_again_and_never_passes_ten_minutes()
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var plain = TimeSpan.FromSeconds(Math.Min(600, 1 << Math.Min(attempt, 10)));
            foreach (var id in new long[] { 1, 2, 77, 1_000_003 })
                Assert.InRange(
                    OutboxDispatcher.Backoff(attempt, id),
                    plain,
                    TimeSpan.FromTicks(
                        Math.Min(plain.Ticks * 3 / 2, TimeSpan.FromMinutes(10).Ticks)
                    )
                );
        }
    }

    [Fact]
    public void Messages_that_failed_together_retry_spread_over_the_half_second_not_all_at_once()
    {
        var waits = Enumerable
            .Range(1, 100)
            .Select(id => OutboxDispatcher.Backoff(0, id).TotalMilliseconds)
            .ToList();

        // In 50 ms slices of [1 s, 1.5 s), the hundred retries land in every slice, none holding more than a fifth.
        var slices = waits.GroupBy(w => (int)((w - 1000) / 50)).ToList();
        Assert.Equal(10, slices.Count);
        Assert.All(slices, s => Assert.InRange(s.Count(), 1, 20));
    }

    [Fact]
    public void The_same_message_and_attempt_always_wait_the_same_and_another_message_waits_otherwise()
    {
        Assert.Equal(OutboxDispatcher.Backoff(3, 42), OutboxDispatcher.Backoff(3, 42));
        Assert.NotEqual(OutboxDispatcher.Backoff(3, 42), OutboxDispatcher.Backoff(3, 43));
    }
}
