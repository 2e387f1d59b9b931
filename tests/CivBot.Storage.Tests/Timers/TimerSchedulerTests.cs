namespace CivBot.Storage.Tests.Timers;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Tests.Support;
using CivBot.Storage.Timers;

public abstract class TimerSchedulerTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, engine: new ScriptedEngine());
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task A_timer_fires_once_when_due_comes_back_through_its_group_and_is_marked_fired()
    {
        var scheduler = _harness.Get<TimerScheduler>();
        var start = _harness.Time.GetUtcNow();
        await _harness.Get<IInboundSink>().SubmitAsync(Some.Text("u1", "schedule 5"), default);

        Assert.Equal(start.AddMinutes(5), await scheduler.NextDueAsync());
        Assert.Equal(0, await scheduler.FireDueAsync(default));

        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await scheduler.FireDueAsync(default));
        Assert.Equal(0, await scheduler.FireDueAsync(default));

        Assert.Equal(
            ["schedule 5", "timer fired for 5"],
            _db.Column("SELECT summary FROM receipts ORDER BY seq")
        );
        Assert.Equal(1, _db.Scalar("SELECT fired FROM timers"));
        Assert.Equal(
            ["timer|timer:1|processed"],
            _db.Column(
                "SELECT channel || '|' || platform_id || '|' || status FROM inbox WHERE channel = 'timer'"
            )
        );
        Assert.Null(await scheduler.NextDueAsync());
        // Timers are system events: nobody is recorded as seen.
        Assert.Equal(["telegram:111"], _db.Column("SELECT member_id FROM member_groups"));
    }

    [Fact]
    public async Task Due_timers_fire_earliest_first()
    {
        var scheduler = _harness.Get<TimerScheduler>();
        await _harness.Get<IInboundSink>().SubmitAsync(Some.Text("u1", "schedule 9"), default);
        await _harness.Get<IInboundSink>().SubmitAsync(Some.Text("u2", "schedule 3"), default);
        _harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(2, await scheduler.FireDueAsync(default));

        Assert.Equal(
            ["schedule 9", "schedule 3", "timer fired for 3", "timer fired for 9"],
            _db.Column("SELECT summary FROM receipts ORDER BY seq")
        );
    }
}

public sealed class TimerSchedulerTestsOnSqlite() : TimerSchedulerTests(StorageProvider.Sqlite);

public sealed class TimerSchedulerTestsOnPostgres() : TimerSchedulerTests(StorageProvider.Postgres);
