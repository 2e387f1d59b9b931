namespace CivBot.Storage.Tests.Leases;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Leases;
using CivBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// Channel singletons on a real PostgreSQL server: two "instances" (two lease objects, each with its own connection
/// pool) ask for the same lease. Waits are bounded conditions, never timing assertions: the lease's own retry is short
/// here so a takeover shows up quickly, and a loaded machine only makes the test slower.
/// </summary>
public sealed class DatabaseLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private static readonly LeaseTiming Quick = new(
        TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(200)
    );

    private readonly List<PostgresConnectionFactory> _factories = [];
    private string _database = "";

    public async Task InitializeAsync() =>
        _database = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();

    public Task DisposeAsync()
    {
        foreach (var f in _factories)
            f.Dispose();
        return Task.CompletedTask;
    }

    private DatabaseLease Instance(string? applicationName = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(_database)
        {
            ApplicationName = applicationName ?? "civbot-lease-test",
        };
        var factory = new PostgresConnectionFactory(
            Options.Create(new StorageOptions { Postgres = builder.ConnectionString })
        );
        _factories.Add(factory);
        return new DatabaseLease(
            factory,
            Quick,
            TimeProvider.System,
            NullLogger<DatabaseLease>.Instance
        );
    }

    [Fact]
    public async Task Only_one_instance_holds_a_lease_and_the_other_takes_it_as_soon_as_it_is_given_back()
    {
        var a = Instance();
        var b = Instance();
        var held = await a.AcquireAsync("telegram-polling", CancellationToken.None);

        var waiting = b.AcquireAsync("telegram-polling", CancellationToken.None);
        // Another lease name is independent of this one.
        await using (await b.AcquireAsync("discord-gateway", CancellationToken.None)) { }
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(Bound);
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task When_the_holders_connection_dies_its_lease_is_lost_there_and_taken_over_by_the_other_instance()
    {
        var a = Instance("civbot-lease-holder");
        var b = Instance();
        var held = await a.AcquireAsync("telegram-polling", CancellationToken.None);
        var waiting = b.AcquireAsync("telegram-polling", CancellationToken.None);

        // The holder's process dies: its session ends without giving anything back.
        await using (var admin = new NpgsqlConnection(_database))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE application_name = 'civbot-lease-holder' AND pid <> pg_backend_pid()",
                admin
            );
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 1);
        }

        await using var taken = await waiting.WaitAsync(Bound);
        await Task.Delay(Timeout.InfiniteTimeSpan, held.Lost)
            .ContinueWith(_ => { }, TaskScheduler.Default)
            .WaitAsync(Bound);
        Assert.True(held.Lost.IsCancellationRequested);
        await held.DisposeAsync();
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Work_under_a_lease_stops_when_the_lease_is_lost_and_runs_again_once_it_is_held_again()
    {
        using var lease = new FlakyLease();
        var runs = 0;
        using var stop = new CancellationTokenSource();
        var lost = new List<string>();

        var running = lease.RunWhileHeldAsync(
            "telegram-polling",
            async ct =>
            {
                if (++runs == 2)
                    await stop.CancelAsync();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            },
            waiting: () => { },
            lost: lost.Add,
            stop.Token
        );
        await lease.First.Task.WaitAsync(Bound);
        await lease.LoseFirstAsync();
        await running.WaitAsync(Bound);

        Assert.Equal(2, runs);
        Assert.Equal(["telegram-polling"], lost);
    }

    [Fact]
    public async Task On_sqlite_the_lease_is_always_held_at_once()
    {
        using var db = new TempDb();
        var sqlite = new SqliteConnectionFactory(
            Options.Create(new StorageOptions { DatabasePath = db.Path })
        );
        var lease = new DatabaseLease(
            sqlite,
            Quick,
            TimeProvider.System,
            NullLogger<DatabaseLease>.Instance
        );

        await using var one = await lease.AcquireAsync("telegram-polling", CancellationToken.None);
        await using var two = await lease.AcquireAsync("telegram-polling", CancellationToken.None);

        Assert.False(two.Lost.CanBeCanceled);
    }

    /// <summary>A lease whose first hold is lost on demand; later holds last.</summary>
    private sealed class FlakyLease : ISingletonLease, IDisposable
    {
        private readonly CancellationTokenSource _first = new();
        private int _holds;

        public TaskCompletionSource First { get; } = new();

        public Task LoseFirstAsync() => _first.CancelAsync();

        public void Dispose() => _first.Dispose();

        public Task<ILeaseHold> AcquireAsync(string name, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _holds) == 1)
            {
                First.TrySetResult();
                return Task.FromResult<ILeaseHold>(new Hold(_first.Token));
            }
            return Task.FromResult<ILeaseHold>(new Hold(CancellationToken.None));
        }

        private sealed class Hold(CancellationToken lost) : ILeaseHold
        {
            public CancellationToken Lost => lost;

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
