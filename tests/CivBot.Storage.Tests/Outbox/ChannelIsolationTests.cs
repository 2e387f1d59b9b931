namespace CivBot.Storage.Tests.Outbox;

using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Tests.Support;
using CivBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// The dispatcher as it runs in the host (one loop per channel, chats in flight side by side) while one platform is down,
/// then hanging, then rate limiting: the other channels' messages, and the other chats', keep flowing. Nothing here
/// waits on a guess: the fake platforms signal what they received, and retries become due only when the test moves
/// the clock. The 10 s bounds are there only so a broken build fails instead of hanging.
/// </summary>
public abstract class ChannelIsolationTests(StorageProvider provider) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private TempDatabase _db = null!;
    private readonly FakeChannelSender _telegram = new("telegram");
    private readonly FakeChannelSender _sms = new("sms");
    private readonly FakeChannelSender _discord = new("discord");
    private StorageHarness _harness = null!;
    private OutboxDispatcherService _service = null!;
    private long _rows;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, senders: [_telegram, _sms, _discord]);
        _service = new OutboxDispatcherService(
            _harness.Get<OutboxDispatcher>(),
            _harness.Get<OutboxSignal>(),
            _harness.Time,
            NullLogger<OutboxDispatcherService>.Instance
        );
    }

    public void Dispose()
    {
        _service.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private async Task QueueAsync(string channel, int chats, int perChat, string tag)
    {
        var now = UnixTime.Ms(_harness.Time.GetUtcNow());
        await using (var db = _harness.Db())
        {
            for (var m = 0; m < perChat; m++)
            {
                for (var c = 0; c < chats; c++)
                {
                    db.Outbox.Add(
                        new OutboxEntity
                        {
                            Channel = channel,
                            ChatId = $"{tag}-chat{c}",
                            ReplyJson = ReplyJson.Serialize(
                                Reply.Plain($"{tag} {c}:{m} #{++_rows}")
                            ),
                            NextAttemptAt = now,
                            CreatedAt = now,
                        }
                    );
                }
            }
            await db.SaveChangesAsync();
        }
        _harness.Get<OutboxSignal>().Notify();
    }

    /// <summary>Waits, at most <see cref="Bound"/>, until no pending row of <paramref name="channel"/> is claimed.</summary>
    private Task ClaimsGivenBackAsync(string channel) =>
        Conditions.WaitUntilAsync(
            () =>
                _db.Scalar(
                    $"SELECT COUNT(*) FROM outbox WHERE channel = '{channel}' AND status = 'pending' AND claimed_by IS NOT NULL"
                ) == 0,
            Bound,
            () => $"{channel}'s claims to be given back"
        );

    private static void AssertInOrderPerChat(IEnumerable<OutboundMessage> delivered)
    {
        foreach (var chat in delivered.GroupBy(m => m.Chat))
        {
            var ids = chat.Select(m => m.Id).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }

    [Fact]
    public async Task Telegram_failing_then_hanging_then_rate_limited_never_holds_back_sms_or_discord()
    {
        _telegram.RespondAsync = (_, _) => Task.FromResult<SendResult?>(new RetryLater("HTTP 500"));
        await QueueAsync("telegram", chats: 50, perChat: 20, "tg");
        await _service.StartAsync(CancellationToken.None);
        await _telegram.WhenAttempted(50).WaitAsync(Bound);

        // Down: every Telegram chat's first message failed and waits for its retry.
        await QueueAsync("sms", chats: 5, perChat: 2, "sms1");
        await QueueAsync("discord", chats: 5, perChat: 2, "dc1");
        await Task.WhenAll(_sms.WhenDelivered(10), _discord.WhenDelivered(10)).WaitAsync(Bound);

        // Hanging: the retries fall due and every Telegram chat in flight waits for an answer that does not come.
        var answer = new TaskCompletionSource<SendResult?>(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        _telegram.RespondAsync = (_, _) => answer.Task;
        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        _harness.Get<OutboxSignal>().Notify();
        var dispatcher = _harness.Get<OutboxDispatcher>();
        await _telegram.WhenAttempted(50 + dispatcher.ChatsInParallel).WaitAsync(Bound);
        await QueueAsync("sms", chats: 5, perChat: 2, "sms2");
        await QueueAsync("discord", chats: 5, perChat: 2, "dc2");
        await Task.WhenAll(_sms.WhenDelivered(20), _discord.WhenDelivered(20)).WaitAsync(Bound);

        // Rate limited: the hanging sends come back as 429s, and so does everything after them.
        var limited = new RetryLater("429", TimeSpan.FromSeconds(30));
        _telegram.RespondAsync = (_, _) => Task.FromResult<SendResult?>(limited);
        answer.SetResult(limited);
        await QueueAsync("sms", chats: 5, perChat: 2, "sms3");
        await QueueAsync("discord", chats: 5, perChat: 2, "dc3");
        await Task.WhenAll(_sms.WhenDelivered(30), _discord.WhenDelivered(30)).WaitAsync(Bound);
        Assert.Empty(_telegram.Delivered);

        // Every Telegram chat's 429 is recorded and its claim given back before the clock jumps past the claims'
        // lease: on a busy machine a send still in flight at the jump would find its claim run out and leave its row
        // for a look the frozen test clock never brings.
        await ClaimsGivenBackAsync("telegram");

        // Telegram recovers: its whole backlog goes out, each chat in order.
        _telegram.RespondAsync = null;
        _harness.Time.Advance(TimeSpan.FromSeconds(31));
        _harness.Get<OutboxSignal>().Notify();
        await _telegram.WhenDelivered(1000).WaitAsync(TimeSpan.FromSeconds(60));
        // Stopping waits for the chats in flight, so the last sends are marked in the database too.
        await _service.StopAsync(CancellationToken.None);

        AssertInOrderPerChat(_telegram.Delivered);
        AssertInOrderPerChat(_sms.Delivered);
        AssertInOrderPerChat(_discord.Delivered);
        Assert.Equal(1000, _telegram.Delivered.Select(m => m.Id).Distinct().Count());
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'"));
    }

    [Fact]
    public async Task One_hanging_chat_never_holds_back_another_chat_of_the_same_channel()
    {
        var answer = new TaskCompletionSource<SendResult?>(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        _telegram.RespondAsync = (m, _) =>
            m.Chat.ChatId == "busy-chat0" ? answer.Task : Task.FromResult<SendResult?>(null);
        await QueueAsync("telegram", chats: 1, perChat: 3, "busy");
        await _service.StartAsync(CancellationToken.None);
        await _telegram.WhenAttempted(1).WaitAsync(Bound);

        await QueueAsync("telegram", chats: 10, perChat: 3, "calm");
        await _telegram.WhenDelivered(30).WaitAsync(Bound);
        Assert.Single(_telegram.Attempts, m => m.Chat.ChatId == "busy-chat0");

        answer.SetResult(null);
        await _telegram.WhenDelivered(33).WaitAsync(Bound);
        AssertInOrderPerChat(_telegram.Delivered);
    }
}

public sealed class ChannelIsolationTestsOnSqlite() : ChannelIsolationTests(StorageProvider.Sqlite);

public sealed class ChannelIsolationTestsOnPostgres()
    : ChannelIsolationTests(StorageProvider.Postgres);
