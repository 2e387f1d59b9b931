namespace CivBot.Telegram.Tests.Support;

using System.Globalization;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Hosting;
using CivBot.Storage.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real pipeline (engine, SQLite, outbox dispatcher) with the real Telegram sender pointed at a stub, on a manual
/// clock. Nothing runs in the background: the test calls <see cref="DispatchAsync"/> when it wants the outbox sent.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    public const string Group = "-1001000";

    private readonly ServiceProvider _services;
    private readonly TempDb _db;
    private long _update;

    public ManualTimeProvider Clock { get; }

    public TempDb Db => _db;

    private Pipeline(string apiBaseUrl, double sendTimeoutSeconds, bool clockTimers)
    {
        Clock = new ManualTimeProvider { ControlsTimers = clockTimers };
        _db = new TempDb();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["CivBot:Telegram:Token"] = "123:secret-token",
                    ["CivBot:Telegram:ApiBaseUrl"] = apiBaseUrl,
                    ["CivBot:Telegram:SendTimeoutSeconds"] = sendTimeoutSeconds.ToString(
                        CultureInfo.InvariantCulture
                    ),
                    // The fake clock never lets a rate-limit wait end, so the limits are out of the way here.
                    ["CivBot:Telegram:Limits:PerChatIntervalSeconds"] = "0",
                    ["CivBot:Telegram:Limits:PerGroupPerMinute"] = "100000",
                    ["CivBot:Telegram:Limits:OverallPerSecond"] = "100000",
                }
            )
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        var flows = FlowSetup.Load(Repo.Flows, "urgent-ride");
        services.AddCivBot(flows, new CivBotSettings { DefaultFlow = "urgent-ride" }, _db.Path);
        services.AddTelegramChannel(configuration);
        _services = services.BuildServiceProvider();
    }

    /// <param name="clockTimers">Timeouts run on <see cref="Clock"/> too: a send times out only when the test says so.</param>
    public static async Task<Pipeline> StartAsync(
        string apiBaseUrl,
        double sendTimeoutSeconds = 5,
        bool clockTimers = false
    )
    {
        var pipeline = new Pipeline(apiBaseUrl, sendTimeoutSeconds, clockTimers);
        await pipeline._services.InitializeCivBotAsync(CancellationToken.None);
        return pipeline;
    }

    /// <summary>A service as the channel composed it (the adapter, say), for tests that feed raw updates.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<int> DispatchAsync() =>
        _services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>A user typing in the group, or (private) in their own chat with the bot.</summary>
    public Task SayAsync(long userId, string handle, string text, bool inPrivate = false)
    {
        var chat = new ChatAddress(
            "telegram",
            inPrivate ? userId.ToString(CultureInfo.InvariantCulture) : Group
        );
        return SubmitAsync(chat, userId, handle, text, inPrivate);
    }

    public Task SubmitAsync(
        ChatAddress chat,
        long userId,
        string handle,
        string text,
        bool inPrivate = false
    )
    {
        var e = new InboundEvent(
            chat,
            new Sender(new MemberId($"telegram:{userId}"), handle),
            $"u{Interlocked.Increment(ref _update)}",
            new TextBody(text),
            IsPrivate: inPrivate,
            SenderDirectChat: inPrivate ? chat : null
        );
        return _services.GetRequiredService<IInboundSink>().SubmitAsync(e, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _db.Dispose();
    }
}
