namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Model;
using CivBot.Storage.Pipeline;

/// <summary>The writer's memory of when it last wrote a member's last-seen in a group.</summary>
public sealed class LastSeenWritesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly MemberId Ann = new("telegram:111");
    private static readonly GroupId GroupA = new("telegram:-1001");

    [Fact]
    public void A_last_seen_written_is_fresh_for_under_a_minute_and_only_for_that_member_in_that_group()
    {
        var writes = new LastSeenWrites(remembered: 100);
        writes.Written(Ann, GroupA, Noon);

        Assert.True(writes.IsFresh(Ann, GroupA, Noon.AddSeconds(59)));
        Assert.False(writes.IsFresh(Ann, GroupA, Noon.AddMinutes(1)));
        Assert.False(writes.IsFresh(new MemberId("telegram:222"), GroupA, Noon));
        Assert.False(writes.IsFresh(Ann, new GroupId("telegram:-1002"), Noon));
        // The pair is not a concatenation: moving characters between member and group makes another pair.
        Assert.False(
            writes.IsFresh(new MemberId("telegram:111t"), new GroupId("elegram:-1001"), Noon)
        );
    }

    [Fact]
    public void Past_the_number_remembered_the_writes_a_minute_old_are_forgotten_and_the_recent_kept()
    {
        var writes = new LastSeenWrites(remembered: 10);
        for (var i = 0; i < 20; i++)
            writes.Written(new MemberId($"sms:+1555000{i:D4}"), GroupA, Noon);
        writes.Written(Ann, GroupA, Noon.AddMinutes(1));

        writes.ForgetOld(Noon.AddMinutes(1));

        Assert.Equal(1, writes.Count);
        Assert.True(writes.IsFresh(Ann, GroupA, Noon.AddMinutes(1)));
    }

    [Fact]
    public void Up_to_the_number_remembered_nothing_is_forgotten()
    {
        var writes = new LastSeenWrites(remembered: 10);
        for (var i = 0; i < 10; i++)
            writes.Written(new MemberId($"sms:+1555000{i:D4}"), GroupA, Noon);

        writes.ForgetOld(Noon.AddHours(1));

        Assert.Equal(10, writes.Count);
    }
}
