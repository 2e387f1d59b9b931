namespace CivBot.Telegram.Tests.Sending;

using CivBot.Telegram.Tests.Support;

/// <summary>Replies that echo what someone typed never repeat a phone number into the chat or the outbox.</summary>
public sealed class RedactionTests : IAsyncLifetime
{
    private StubTelegram _stub = null!;
    private Pipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubTelegram.StartAsync();
        _pipeline = await Pipeline.StartAsync(_stub.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_echoing_an_unknown_command_shows_the_number_in_it_hidden()
    {
        const string typed = "/zz15557770121";
        const string number = "5557770121";
        await _pipeline.SayAsync(1, "ann", typed);
        await _pipeline.DispatchAsync();

        var texts = _stub.Delivered.Select(d => (string)d["text"]!).ToList();
        Assert.Contains(texts, t => t.Contains("[number hidden]", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(number, t, StringComparison.Ordinal));
        Assert.Equal(
            0,
            _pipeline.Db.Count(
                $"SELECT COUNT(*) FROM outbox WHERE instr(reply_json, '{number}') > 0"
            )
        );
    }
}
