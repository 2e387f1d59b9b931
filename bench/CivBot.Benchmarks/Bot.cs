namespace CivBot.Benchmarks;

using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real engine and store (a SQLite file, or PostgreSQL when a connection string is given), composed as the host
/// composes them (no channels, no dispatcher). Several bots on one PostgreSQL database stand for several instances.
/// </summary>
internal sealed class Bot : IAsyncDisposable
{
    private static readonly FlowCatalog Flows = Load();
    private readonly ServiceProvider _services;

    // Shared by every bot in the process: instances on one database must not reuse a platform id.
    private static long _ids;

    private Bot(ServiceProvider services) => _services = services;

    public IInboundSink Sink => _services.GetRequiredService<IInboundSink>();

    public static async Task<Bot> StartAsync(
        string path,
        string? postgres = null,
        string? instance = null
    )
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IFlowCatalog>(Flows);
        services.AddSingleton(new EngineOptions("cociv-loop"));
        services.AddSingleton<LoopEngine>();
        services.AddCivBotStorage(o =>
        {
            o.DatabasePath = path;
            o.Postgres = postgres;
            if (instance is not null)
                o.InstanceId = instance;
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync();
        return new Bot(provider);
    }

    public InboundEvent Says(int group, string name, string text) =>
        new(
            new ChatAddress("bench", "g" + group),
            new Sender(new MemberId($"bench:{name}"), name),
            "e" + Interlocked.Increment(ref _ids),
            new TextBody(text)
        );

    /// <summary>Four members join each group and one of them opens a loop.</summary>
    public async Task SetUpAsync(int groups)
    {
        for (var g = 0; g < groups; g++)
        {
            foreach (var n in new[] { "dan", "eve", "fay", "ann" })
                await Sink.SubmitAsync(Says(g, n, "/help"), CancellationToken.None);
            await Sink.SubmitAsync(
                Says(g, "ann", "/ask Need a ride to the clinic before 5pm"),
                CancellationToken.None
            );
        }
    }

    private static FlowCatalog Load()
    {
        var result = FlowLoader.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "flows"));
        return result.Ok
            ? new FlowCatalog(result.Flows)
            : throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
