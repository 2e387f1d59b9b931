namespace CivBot.Storage;

using CivBot.Core.Flows;
using CivBot.Storage.FlowVersions;
using CivBot.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>What the host runs once at start, before taking any traffic: upgrade the schema, remember the flow texts.</summary>
public sealed class StorageInitializer(
    Migrator migrator,
    FlowVersionStore flowVersions,
    Database.DbConnections connections,
    IServiceProvider services,
    ILogger<StorageInitializer> logger
)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Host and database only: a connection string's password never reaches a log.
        logger.LogInformation("Storage: {Database}", connections.Describe);
        await migrator.MigrateAsync(cancellationToken);
        // Resolved only now: a host may build its catalog from the stored flow texts, which needs the migrated schema.
        if (services.GetService<IFlowCatalog>() is { } catalog)
            await flowVersions.SaveAsync(catalog.All, cancellationToken);
    }
}
