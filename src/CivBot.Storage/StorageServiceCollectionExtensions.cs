namespace CivBot.Storage;

using CivBot.Core.Engine;
using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.FlowVersions;
using CivBot.Storage.Meta;
using CivBot.Storage.Migrations;
using CivBot.Storage.Outbox;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Receipts;
using CivBot.Storage.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database, the inbound pipeline (<see cref="IInboundSink"/>), the outbox dispatcher, the timer
    /// scheduler and the stores, all singletons. The host registers <see cref="LoopEngine"/>, <see cref="TimeProvider"/>,
    /// the flow catalog and one <see cref="IChannelSender"/> per channel.
    /// </summary>
    public static IServiceCollection AddCivBotStorage(
        this IServiceCollection services,
        Action<StorageOptions> configure
    )
    {
        services
            .AddOptions<StorageOptions>()
            .Configure(configure)
            .Validate(
                o =>
                    o.Provider == StorageProvider.Postgres
                    || !string.IsNullOrWhiteSpace(o.DatabasePath),
                "Storage:DatabasePath is required."
            )
            .Validate(o => o.BatchSize >= 1, "Storage:BatchSize must be at least 1.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // One provider per process, chosen by StorageOptions.Postgres; the other's factory is never resolved.
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<PostgresConnectionFactory>();
        services.AddSingleton<DbConnections>(sp =>
            Provider(sp) == StorageProvider.Postgres
                ? sp.GetRequiredService<PostgresConnectionFactory>()
                : sp.GetRequiredService<SqliteConnectionFactory>()
        );
        services.AddSingleton(sp => new WriteGate(
            serialize: Provider(sp) == StorageProvider.Sqlite
        ));
        services.AddDbContextFactory<CivBotDbContext>(
            (sp, builder) =>
            {
                if (Provider(sp) == StorageProvider.Postgres)
                    UsePostgres(builder, sp);
                else
                    UseSqlite(builder, sp);
            },
            ServiceLifetime.Singleton
        );

        services.TryAddSingleton(sp => MigrationSet.Embedded(Provider(sp)));
        services.AddSingleton<Migrator>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<FlowVersionStore>();
        services.AddSingleton<MetaStore>();
        services.AddSingleton<ReceiptStore>();
        services.AddSingleton<Checkpoints.CheckpointStore>();
        services.AddSingleton<Pages.PublicationStore>();
        services.AddSingleton<Groups.GroupLanguages>();

        services.TryAddSingleton<IGroupEngine>(sp => new LoopEngineAdapter(
            sp.GetRequiredService<LoopEngine>()
        ));
        services.AddSingleton<WriterConnection>(sp =>
            Provider(sp) == StorageProvider.Postgres
                ? new PostgresWriterConnection(sp.GetRequiredService<PostgresConnectionFactory>())
                : new SqliteWriterConnection(
                    sp.GetRequiredService<SqliteConnectionFactory>(),
                    sp.GetRequiredService<WriteGate>()
                )
        );
        services.AddSingleton<GroupRouter>();
        services.AddSingleton<EffectWriter>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<EventProcessor>();
        services.AddSingleton<IInboundSink>(sp => sp.GetRequiredService<EventProcessor>());
        services.AddSingleton<IGroupEvents>(sp => sp.GetRequiredService<EventProcessor>());
        services.AddSingleton<IChatMigration, Groups.ChatMigration>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IContactConsent, Sms.ContactConsentStore>();
        services.AddSingleton<IDeliveryReports, DeliveryReportStore>();
        services.AddSingleton<IRefusedUpdates, Inbox.RefusedUpdateStore>();
        services.AddSingleton(sp => new TimerScheduler(
            sp.GetRequiredService<EventProcessor>(),
            sp.GetRequiredService<DbConnections>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TimerScheduler>>()
        ));
        return services;
    }

    // Each provider in a method of its own, never inlined: the JIT loads a provider's EF assembly only when its method
    // is compiled, so a SQLite process never loads the Npgsql EF provider (and the reverse).
    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.NoInlining
    )]
    private static void UsePostgres(DbContextOptionsBuilder builder, IServiceProvider sp) =>
        builder.UseNpgsql(sp.GetRequiredService<PostgresConnectionFactory>().DataSource);

    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.NoInlining
    )]
    private static void UseSqlite(DbContextOptionsBuilder builder, IServiceProvider sp)
    {
        var connections = sp.GetRequiredService<SqliteConnectionFactory>();
        builder
            .UseSqlite(connections.ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(connections.Pragmas));
    }

    private static StorageProvider Provider(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;

    /// <summary>
    /// The outbox dispatcher, the timer scheduler and (SQLite) the write-ahead log's checkpoints as hosted services, and
    /// the outbox gauges (not wanted by CLI one-shots).
    /// </summary>
    public static IServiceCollection AddCivBotStorageBackgroundServices(
        this IServiceCollection services
    )
    {
        services.AddHostedService<OutboxDispatcherService>();
        // Made by the host when it exports metrics (a long-running host has an IMeterFactory).
        services.AddSingleton<OutboxGauges>();
        services.AddHostedService<TimerSchedulerService>();
        services.AddHostedService<WalCheckpointService>();
        return services;
    }
}
