namespace CivBot.Storage.Tests.Outbox;

using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

/// <summary>
/// The host's dispatcher loop with more chats waiting than it sends in parallel (here one at a time, so the order is
/// certain): chats take turns, one message each, in the order their oldest messages were queued. The 10 s bound is
/// there only so a broken build fails instead of hanging.
/// </summary>
public sealed class ChatTurnsTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeChannelSender _telegram = new("telegram");
    private StorageHarness _harness = null!;
    private OutboxDispatcherService _service = null!;

    public async Task InitializeAsync()
    {
        _harness = await StorageHarness.StartAsync(_db, senders: [_telegram]);
        var oneChatAtATime = new OutboxDispatcher(
            _harness.Get<IDbContextFactory<CivBotDbContext>>(),
            _harness.Get<DbConnections>(),
            [_telegram],
            _harness.Get<WriteGate>(),
            _harness.Get<OutboxSignal>(),
            _harness.Time,
            Options.Create(new StorageOptions { DatabasePath = _db.FilePath, ChatsInParallel = 1 }),
            NullLogger<OutboxDispatcher>.Instance
        );
        _service = new OutboxDispatcherService(
            oneChatAtATime,
            _harness.Get<OutboxSignal>(),
            _harness.Time,
            NullLogger<OutboxDispatcherService>.Instance
        );
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        await _harness.DisposeAsync();
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_broadcast_reaches_every_chat_once_before_any_chat_gets_its_second_message()
    {
        const int chats = 5;
        var now = UnixTime.Ms(_harness.Time.GetUtcNow());
        await using (var db = _harness.Db())
        {
            for (var m = 0; m < 3; m++)
            {
                for (var c = 0; c < chats; c++)
                {
                    db.Outbox.Add(
                        new OutboxEntity
                        {
                            Channel = "telegram",
                            ChatId = $"chat{c}",
                            ReplyJson = ReplyJson.Serialize(Reply.Plain($"{c}:{m}")),
                            NextAttemptAt = now,
                            CreatedAt = now,
                        }
                    );
                }
            }
            await db.SaveChangesAsync();
        }

        await _service.StartAsync(CancellationToken.None);
        await _telegram.WhenDelivered(chats * 3).WaitAsync(TimeSpan.FromSeconds(10));

        var attempts = _telegram.Attempts.Select(a => (a.Chat.ChatId, a.Reply.Text)).ToList();
        Assert.All(attempts.Take(chats), a => Assert.EndsWith(":0", a.Text));
        Assert.Equal(chats, attempts.Take(chats).Select(a => a.ChatId).Distinct().Count());
        Assert.All(attempts.Skip(chats).Take(chats), a => Assert.EndsWith(":1", a.Text));
    }
}
