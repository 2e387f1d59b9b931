namespace CivBot.Discord.Tests.Support;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Hosting;
using CivBot.Storage.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real pipeline (engine, SQLite, outbox dispatcher) with the real Discord sender pointed at the loopback REST API,
/// on a manual clock. Nothing runs in the background: the test calls <see cref="DispatchAsync"/> to send the outbox.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    public const string Channel = "111";

    private readonly ServiceProvider _services;
    private long _event;

    public ManualTimeProvider Clock { get; } = new();

    public TempDb Db { get; } = new();

    private Pipeline(string apiUrl)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["CivBot:Discord:Token"] = "MTIz.pipeline-token",
                    ["CivBot:Discord:ApiBaseUrl"] = apiUrl,
                    // No test here waits on a timeout; a short one would turn a slow answer on a loaded machine into
                    // a resend and a duplicate.
                    ["CivBot:Discord:RequestTimeoutSeconds"] = "30",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        var flows = FlowSetup.Load(Repo.Flows, "urgent-ride");
        // One row at a time in id order, so which chat meets a rate limit first never depends on thread timing.
        services.AddCivBot(
            flows,
            new CivBotSettings { DefaultFlow = "urgent-ride" },
            Db.Path,
            o => o.DispatchInIdOrder = true
        );
        Discord.DiscordServiceCollectionExtensions.AddDiscordChannel(services, configuration);
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public static async Task<Pipeline> StartAsync(string apiUrl)
    {
        var pipeline = new Pipeline(apiUrl);
        await pipeline._services.InitializeCivBotAsync(CancellationToken.None);
        return pipeline;
    }

    public Task<int> DispatchAsync() =>
        _services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>A user typing in a server channel (as the gateway adapter would submit it).</summary>
    public Task SayAsync(string userId, string handle, string text, string channel = Channel) =>
        _services
            .GetRequiredService<IInboundSink>()
            .SubmitAsync(
                new InboundEvent(
                    new ChatAddress("discord", channel),
                    new Sender(new MemberId($"discord:{userId}"), handle),
                    $"m:{Interlocked.Increment(ref _event)}",
                    new TextBody(text),
                    SenderDirectChat: new ChatAddress("discord", "dm:" + userId)
                ),
                CancellationToken.None
            );

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Db.Dispose();
    }
}
