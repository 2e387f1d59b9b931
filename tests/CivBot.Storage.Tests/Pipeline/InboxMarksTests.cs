namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Storage.Database;
using CivBot.Storage.Inbox;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Tests.Support;

public abstract class InboxMarksTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;
    private static readonly GroupId Group = new("telegram:-1001");
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private static List<InboundEvent> Events(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => Some.Text("u" + i, "hi"))];

    private async Task<bool> MarkAsync(List<InboundEvent> events)
    {
        using var session = await _harness.Get<WriterConnection>().BeginAsync(default);
        var marked = session.InsertInboxAll(events, Group, Now, InboxStatus.Processed);
        if (marked)
            session.Commit();
        return marked;
    }

    [Fact]
    public async Task A_batch_larger_than_one_statement_takes_is_marked_whole_with_its_group_time_and_status()
    {
        Assert.True(await MarkAsync(Events(0, 70)));

        Assert.Equal(70, _db.Scalar("SELECT count(*) FROM inbox"));
        Assert.Equal(
            ["telegram:-1001|processed"],
            _db.Column("SELECT DISTINCT group_id || '|' || status FROM inbox")
        );
        Assert.Equal(
            [.. Enumerable.Range(0, 70).Select(i => "u" + i).Order(StringComparer.Ordinal)],
            _db.Column("SELECT platform_id FROM inbox ORDER BY platform_id")
        );
    }

    [Fact]
    public async Task A_batch_holding_an_event_seen_before_is_refused_wherever_the_replay_sits()
    {
        Assert.True(await MarkAsync(Events(0, 1)));

        Assert.False(await MarkAsync([.. Events(1, 40), .. Events(0, 1)]));
        Assert.False(await MarkAsync([.. Events(1, 3), .. Events(0, 1), .. Events(4, 2)]));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task A_batch_holding_the_same_event_twice_is_refused()
    {
        Assert.False(await MarkAsync([.. Events(0, 5), .. Events(2, 1)]));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM inbox"));
    }
}

public sealed class InboxMarksTestsOnSqlite() : InboxMarksTests(StorageProvider.Sqlite);

public sealed class InboxMarksTestsOnPostgres() : InboxMarksTests(StorageProvider.Postgres);
