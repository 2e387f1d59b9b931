namespace CivBot.Storage.Tests.Support;

using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The storage services wired exactly as the host wires them (AddCivBotStorage), on a temp database, with a manual
/// clock and fake senders. Several harnesses on one database stand for restarts of the process.
/// </summary>
internal sealed class StorageHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StorageHarness(
        TempDatabase database,
        ManualTimeProvider? time = null,
        IGroupEngine? engine = null,
        IFlowCatalog? flows = null,
        int batchSize = 64,
        Action<StorageOptions>? configure = null,
        params IChannelSender[] senders
    )
    {
        Database = database;
        Time = time ?? new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        var catalog = flows ?? new FlowCatalog([]);
        services.AddSingleton(catalog);
        services.AddSingleton(new LoopEngine(catalog, new EngineOptions()));
        foreach (var sender in senders)
            services.AddSingleton(sender);
        if (engine is not null)
            services.AddSingleton(engine);
        services.AddCivBotStorage(o =>
        {
            database.Configure(o);
            o.BatchSize = batchSize;
            configure?.Invoke(o);
        });
        _services = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }
        );
    }

    public TempDatabase Database { get; }

    public ManualTimeProvider Time { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public CivBotDbContext Db() => Get<IDbContextFactory<CivBotDbContext>>().CreateDbContext();

    public static async Task<StorageHarness> StartAsync(
        TempDatabase database,
        ManualTimeProvider? time = null,
        IGroupEngine? engine = null,
        IFlowCatalog? flows = null,
        int batchSize = 64,
        Action<StorageOptions>? configure = null,
        params IChannelSender[] senders
    )
    {
        var harness = new StorageHarness(
            database,
            time,
            engine,
            flows,
            batchSize,
            configure,
            senders
        );
        await harness.Get<StorageInitializer>().InitializeAsync();
        return harness;
    }

    /// <summary>
    /// Holds back writes of <paramref name="group"/> until disposed: SQLite's write gate, or the group's advisory lock
    /// on PostgreSQL (taken from another connection, as another instance would hold it).
    /// </summary>
    public async Task<IAsyncDisposable> HoldWritesAsync(Core.Model.GroupId group)
    {
        if (Database.Postgres is null)
            return new Held(await Get<WriteGate>().EnterAsync(default), null);
        var connection = Database.Open();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT pg_advisory_xact_lock({PostgresWriteSession.LockKey(group).ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        await command.ExecuteNonQueryAsync();
        return new Held(null, connection);
    }

    private sealed class Held(WriteGate.Releaser? gate, System.Data.Common.DbConnection? connection)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            gate?.Dispose();
            if (connection is not null)
                await connection.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
