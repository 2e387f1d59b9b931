namespace CivBot.Hosting;

using CivBot.Ai;
using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Storage;
using CivBot.Storage.FlowVersions;
using Microsoft.Extensions.DependencyInjection;

public static class CoreServices
{
    /// <summary>
    /// The engine and its flows, plus storage: PostgreSQL when <see cref="CivBotSettings.Postgres"/> is set, else the
    /// given SQLite file (beside which the deployment key lives either way).
    /// </summary>
    public static IServiceCollection AddCivBot(
        this IServiceCollection services,
        FlowCatalog flows,
        CivBotSettings settings,
        string databasePath,
        Action<StorageOptions>? storage = null
    )
    {
        services.AddSingleton(flows);
        services.AddSingleton<IFlowCatalog>(flows);
        services.AddSingleton(
            new EngineOptions(
                settings.DefaultFlow,
                AiModel: settings.Ai.IsConfigured ? settings.Ai.Model : null,
                TimeZone: settings.TimeZone,
                Language: Core.Languages.Words.Find(settings.Language)?.Code
            )
        );
        services.AddCivBotAi(settings.Ai);
        services.AddSingleton<LoopEngine>();
        // Created on first use (the writer's first closing receipt, the page, /verify), not by read-only verbs.
        services.AddSingleton(_ =>
            Checkpoints.DeploymentKey.LoadOrCreate(databasePath, settings.Deployment)
        );
        services.AddSingleton<Storage.Checkpoints.DailyCheckpoints>();
        services.AddCivBotStorage(o =>
        {
            o.DatabasePath = databasePath;
            o.Postgres = string.IsNullOrWhiteSpace(settings.Postgres) ? null : settings.Postgres;
            o.Synchronous = settings.Synchronous;
            storage?.Invoke(o);
        });
        // Telegram polling and the Discord gateway run on one instance at a time (always this one on SQLite).
        services.AddSingleton(Storage.Leases.LeaseTiming.Default);
        services.AddSingleton<Core.Ports.ISingletonLease, Storage.Leases.DatabaseLease>();
        return services;
    }

    /// <summary>
    /// Before any traffic: upgrade the schema, pin every flow version stored loops may use, and remember the current
    /// flow texts, so a loop keeps running on the version it began with after its file changes.
    /// </summary>
    public static async Task InitializeCivBotAsync(
        this IServiceProvider services,
        CancellationToken cancellationToken
    )
    {
        // Upgrades the schema and stores the current flow texts; then every stored text is pinned.
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        var catalog = services.GetRequiredService<FlowCatalog>();
        foreach (
            var stored in await services
                .GetRequiredService<FlowVersionStore>()
                .LoadYamlAsync(cancellationToken)
        )
        {
            var parsed = FlowLoader.LoadText(stored.File, stored.Yaml);
            foreach (var flow in parsed.Flows)
                catalog.Pin(flow);
        }
    }
}
