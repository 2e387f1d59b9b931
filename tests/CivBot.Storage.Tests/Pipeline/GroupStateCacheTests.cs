namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Storage.Pipeline;

/// <summary>The pipeline's cache of committed group states stays bounded and keeps the groups in use.</summary>
public sealed class GroupStateCacheTests
{
    private static CachedGroup State(int group) =>
        new(GroupState.New(new GroupId($"g{group}"), "cociv-loop"), 1);

    [Fact]
    public void Past_its_capacity_the_cache_drops_the_least_recently_used_groups_and_keeps_the_busy_one()
    {
        var cache = new GroupStateCache(capacity: 100);
        cache.Set(new GroupId("busy"), State(0));
        for (var g = 1; g <= 1000; g++)
        {
            cache.Set(new GroupId($"g{g}"), State(g));
            // One group keeps talking while a thousand others each say something once.
            Assert.True(cache.TryGetValue(new GroupId("busy"), out _));
        }

        Assert.InRange(cache.Count, 1, 100);
        Assert.True(cache.TryGetValue(new GroupId("busy"), out var busy));
        Assert.Equal("g0", busy.State.Id.Value);
        Assert.True(cache.TryGetValue(new GroupId("g1000"), out _));
        Assert.False(cache.TryGetValue(new GroupId("g1"), out _));
    }
}
