namespace CivBot.Sms.Tests.Support;

using System.Globalization;
using System.Net;
using CivBot.Core.Inbound;
using CivBot.Core.Ports;
using CivBot.Hosting;
using CivBot.Playground;
using CivBot.Storage.Outbox;
using CivBot.Storage.Receipts;
using CivBot.Storage.Timers;
using CivBot.Testing.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real pipeline on a temp SQLite file, with the SMS endpoints on Kestrel at 127.0.0.1:0, Twilio's Messages
/// resource played by <see cref="MessagesStub"/>, and the rest of the group in the playground channel (its sender
/// writes to a StringWriter). The outbox is dispatched after every event, so each call returns with what it caused.
/// </summary>
public sealed class SmsHarness : IAsyncDisposable
{
    public const string AuthToken = "test-auth-token-0123456789";
    public const string Account = "AC0123456789abcdef0123456789abcdef";
    public const string BotNumber = "+15005550001";

    // Twilio calls the public URL; the proxy in front of CivBot forwards to 127.0.0.1. Signatures cover the public one.
    public const string PublicBaseUrl = "https://civbot.example.test";

    private readonly TwilioSigner _signer;
    private readonly string _dir;
    private readonly StringWriter _playground = new();
    private readonly HttpClient _http;
    private int _playgroundRead;
    private int _smsRead;
    private int _sids;

    private SmsHarness(
        TwilioSigner signer,
        string dir,
        MessagesStub stub,
        WebApplication app,
        StringWriter playground,
        PlaygroundClock clock,
        LogRecorder logs
    )
    {
        _signer = signer;
        _dir = dir;
        Stub = stub;
        App = app;
        _playground = playground;
        Clock = clock;
        Logs = logs;
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        _http = new HttpClient
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromSeconds(15),
        };
    }

    public MessagesStub Stub { get; }

    public WebApplication App { get; }

    public PlaygroundClock Clock { get; }

    public LogRecorder Logs { get; }

    public string DatabasePath => Path.Combine(_dir, "civbot.db");

    public static async Task<SmsHarness> StartAsync(
        SmsHttpFixture fixture,
        string flow = "cociv-loop",
        string? defaultGroup = null
    )
    {
        var dir = Path.Combine(
            Path.GetTempPath(),
            "civbot-sms-tests",
            Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(dir);
        var stub = await MessagesStub.StartAsync();
        var clock = new PlaygroundClock(new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero));
        var playground = new StringWriter();
        var logs = new LogRecorder();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["CivBot:Sms:AccountSid"] = Account,
                ["CivBot:Sms:AuthToken"] = AuthToken,
                ["CivBot:Sms:FromNumber"] = BotNumber,
                ["CivBot:Sms:PublicBaseUrl"] = PublicBaseUrl,
                ["CivBot:Sms:ApiBaseUrl"] = stub.Url,
                ["CivBot:Sms:DefaultGroup"] = defaultGroup,
                ["CivBot:Sms:SendTimeout"] = "00:00:05",
            }
        );
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IChannelSender>(new PlaygroundSender(playground));
        var settings = new CivBotSettings { DefaultFlow = flow };
        builder.Services.AddCivBot(
            FlowSetup.Load(Repo.Flows, flow),
            settings,
            Path.Combine(dir, "civbot.db"),
            // One global order makes what each side receives easy to read back.
            o => o.DispatchInIdOrder = true
        );
        builder.Services.AddSmsChannel(builder.Configuration);
        var app = builder.Build();
        await app.Services.InitializeCivBotAsync(CancellationToken.None);
        app.MapSmsEndpoints();
        await app.StartAsync();
        return new SmsHarness(fixture.Signer, dir, stub, app, playground, clock, logs);
    }

    public async Task<HttpResponseMessage> TextAsync(string from, string body, string? sid = null)
    {
        sid ??= $"SM{Interlocked.Increment(ref _sids):D32}";
        var form = new Dictionary<string, string>
        {
            ["ToCountry"] = "US",
            ["SmsMessageSid"] = sid,
            ["NumMedia"] = "0",
            ["SmsSid"] = sid,
            ["SmsStatus"] = "received",
            ["Body"] = body,
            ["FromCountry"] = "US",
            ["To"] = BotNumber,
            ["NumSegments"] = "1",
            ["MessageSid"] = sid,
            ["AccountSid"] = Account,
            ["From"] = from,
            ["ApiVersion"] = "2010-04-01",
        };
        return await PostSignedAsync(SmsChannel.InboundPath, form);
    }

    public async Task<HttpResponseMessage> StatusAsync(
        string sid,
        string status,
        string? errorCode = null
    )
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = sid,
            ["SmsSid"] = sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["AccountSid"] = Account,
            ["From"] = BotNumber,
            ["To"] = "+15005550006",
            ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null)
            form["ErrorCode"] = errorCode;
        return await PostSignedAsync(SmsChannel.StatusPath, form);
    }

    /// <summary>Posts a form signed for the public URL by the twilio package (or with <paramref name="signature"/>).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(
        string path,
        IReadOnlyDictionary<string, string> form,
        string? signature = null,
        bool sign = true
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form),
        };
        if (sign)
            request.Headers.Add(
                "X-Twilio-Signature",
                signature ?? await _signer.SignAsync(AuthToken, PublicBaseUrl + path, form)
            );
        var response = await _http.SendAsync(request);
        await DispatchAsync();
        return response;
    }

    /// <summary>A member of the playground group chat says something (through the same inbound sink).</summary>
    public async Task SayAsync(string name, string text)
    {
        var inbound = new InboundEvent(
            PlaygroundChannel.GroupChat,
            new Sender(PlaygroundChannel.Member(name), name),
            $"pg-{Interlocked.Increment(ref _sids)}",
            new TextBody(text),
            SenderDirectChat: PlaygroundChannel.DirectChat(name)
        );
        await App
            .Services.GetRequiredService<IInboundSink>()
            .SubmitAsync(inbound, CancellationToken.None);
        await DispatchAsync();
    }

    /// <summary>Moves the clock, firing due timers at their own time.</summary>
    public async Task WaitAsync(TimeSpan span)
    {
        var timers = App.Services.GetRequiredService<TimerScheduler>();
        var target = Clock.GetUtcNow() + span;
        while (await timers.NextDueAsync() is { } due && due <= target)
        {
            Clock.Set(due);
            await timers.FireDueAsync(CancellationToken.None);
            await DispatchAsync();
        }
        Clock.Set(target);
        await DispatchAsync();
    }

    public Task<int> DispatchAsync() =>
        App
            .Services.GetRequiredService<OutboxDispatcher>()
            .DispatchDueAsync(CancellationToken.None);

    /// <summary>Playground lines printed since the last call.</summary>
    public List<string> NewPlayground()
    {
        var all = AllPlayground();
        var fresh = all.Skip(_playgroundRead).ToList();
        _playgroundRead = all.Count;
        return fresh;
    }

    public List<string> AllPlayground()
    {
        lock (_playground)
            return
            [
                .. _playground
                    .ToString()
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(l => l.TrimEnd('\r')),
            ];
    }

    /// <summary>SMS CivBot sent since the last call.</summary>
    public List<SentSms> NewSms()
    {
        var all = Stub.Sent.ToList();
        var fresh = all.Skip(_smsRead).ToList();
        _smsRead = all.Count;
        return fresh;
    }

    public async Task<string> ExportAsync(string format)
    {
        var output = new StringWriter();
        await App
            .Services.GetRequiredService<ReceiptStore>()
            .ExportAsync(output, format, null, CancellationToken.None);
        return output.ToString();
    }

    public List<string> Column(string sql)
    {
        using var connection = new SqliteConnection(
            $"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False"
        );
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(
                reader.IsDBNull(0)
                    ? ""
                    : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!
            );
        return values;
    }

    public long Scalar(string sql) =>
        long.Parse(Column(sql).Single(), CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await App.StopAsync(stop.Token);
        await App.DisposeAsync();
        await Stub.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp directory.
        }
    }
}
