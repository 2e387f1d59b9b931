namespace CivBot.Storage.Tests.Outbox;

using CivBot.Core.Ports;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Tests.Support;

/// <summary>Whatever the engine says, no phone number reaches the outbox or a platform.</summary>
public abstract class OutboundRedactionTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private readonly FakeChannelSender _telegram = new("telegram");
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(
            _db,
            engine: new ScriptedEngine(),
            senders: [_telegram]
        );
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    [Theory]
    [InlineData("e.g. /vote #2 +1 555 777 0120", "ok: e.g. /vote #2 [number hidden]")]
    [InlineData("I don't know /zz15557770121", "ok: I don't know /zz[number hidden]")]
    [InlineData("room 12, 3 pm", "ok: room 12, 3 pm")]
    public async Task A_reply_that_echoes_input_is_redacted_before_it_is_queued(
        string typed,
        string expected
    )
    {
        await _harness.Get<IInboundSink>().SubmitAsync(Some.Text("u1", typed), default);
        await _harness.Get<OutboxDispatcher>().DispatchDueAsync(default);

        Assert.Equal(expected, Assert.Single(_telegram.Delivered).Reply.Text);
        Assert.Equal(
            0,
            _db.Scalar("SELECT COUNT(*) FROM outbox WHERE reply_json LIKE '%555%777%'")
        );
    }
}

public sealed class OutboundRedactionTestsOnSqlite()
    : OutboundRedactionTests(StorageProvider.Sqlite);

public sealed class OutboundRedactionTestsOnPostgres()
    : OutboundRedactionTests(StorageProvider.Postgres);
