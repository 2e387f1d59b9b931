namespace CivBot.Storage.Tests.Outbox;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

public abstract class OutboxDispatcherTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private readonly FakeChannelSender _telegram = new("telegram");
    private readonly FakeChannelSender _discord = new("discord");
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(
            _db,
            engine: new ScriptedEngine(),
            senders: [_telegram, _discord]
        );
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private OutboxDispatcher Dispatcher => _harness.Get<OutboxDispatcher>();

    private async Task SubmitAsync(string id, string text, ChatAddress? chat = null) =>
        await _harness.Get<IInboundSink>().SubmitAsync(Some.Text(id, text, chat), default);

    private static List<string> Texts(IEnumerable<OutboundMessage> messages) =>
        [.. messages.Select(m => m.Reply.Text)];

    private List<string> Statuses() => _db.Column("SELECT status FROM outbox ORDER BY id");

    [Fact]
    public async Task Due_messages_are_sent_in_order_and_marked_sent_with_the_platform_id()
    {
        await SubmitAsync("u1", "a");
        await SubmitAsync("u2", "b");
        await SubmitAsync("u3", "c");

        var sent = await Dispatcher.DispatchDueAsync(default);

        Assert.Equal(3, sent);
        Assert.Equal(["ok: a", "ok: b", "ok: c"], Texts(_telegram.Delivered));
        Assert.Equal(["sent", "sent", "sent"], Statuses());
        Assert.Equal(
            ["telegram-msg-1", "telegram-msg-2", "telegram-msg-3"],
            _db.Column("SELECT platform_message_id FROM outbox ORDER BY id")
        );
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(default));
    }

    [Fact]
    public async Task A_chat_waits_behind_a_message_to_retry_while_other_chats_go_on_and_the_wait_is_honoured()
    {
        var discordChat = new ChatAddress("discord", "d1");
        await SubmitAsync("u1", "first");
        await SubmitAsync("u2", "second");
        await SubmitAsync("d1", "elsewhere", discordChat);
        var failOnce = true;
        _telegram.Respond = m =>
        {
            if (!failOnce)
                return null!;
            failOnce = false;
            return new RetryLater("429", TimeSpan.FromSeconds(30));
        };

        Assert.Equal(1, await Dispatcher.DispatchDueAsync(default));
        Assert.Equal(["ok: first"], Texts(_telegram.Attempts));
        Assert.Equal(["ok: elsewhere"], Texts(_discord.Delivered));

        _harness.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(default));
        Assert.Single(_telegram.Attempts);

        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await Dispatcher.DispatchDueAsync(default));
        Assert.Equal(["ok: first", "ok: second"], Texts(_telegram.Delivered));
        Assert.Equal(2, _db.Scalar("SELECT attempts FROM outbox WHERE id = 1"));
    }

    [Fact]
    public async Task Without_a_platform_wait_retries_back_off_exponentially_and_a_throwing_sender_counts_as_a_retry()
    {
        await SubmitAsync("u1", "a");
        var start = _harness.Time.GetUtcNow().ToUnixTimeMilliseconds();
        _telegram.Respond = _ => throw new HttpRequestException("network down");

        await Dispatcher.DispatchDueAsync(default);
        var first = _db.Scalar("SELECT next_attempt_at FROM outbox");
        Assert.InRange(first, start + 1000, start + 1500);

        _harness.Time.Advance(TimeSpan.FromMilliseconds(first - start));
        await Dispatcher.DispatchDueAsync(default);
        Assert.InRange(
            _db.Scalar("SELECT next_attempt_at FROM outbox"),
            first + 2000,
            first + 3000
        );
        Assert.Equal(
            (2L, "HttpRequestException"),
            (
                _db.Scalar("SELECT attempts FROM outbox"),
                _db.Column("SELECT last_error FROM outbox").Single()
            )
        );
        Assert.Equal(["pending"], Statuses());
    }

    [Fact]
    public async Task After_twenty_attempts_a_message_is_marked_failed_and_the_chat_moves_on()
    {
        await SubmitAsync("u1", "doomed");
        await SubmitAsync("u2", "fine");
        _telegram.Respond = m =>
            m.Reply.Text == "ok: doomed" ? new RetryLater("still down", TimeSpan.Zero) : null!;

        for (var i = 0; i < OutboxDispatcher.MaxAttempts; i++)
            await Dispatcher.DispatchDueAsync(default);

        Assert.Equal(["failed", "sent"], Statuses());
        Assert.Equal(20, _db.Scalar("SELECT attempts FROM outbox WHERE id = 1"));
        Assert.Equal(["ok: fine"], Texts(_telegram.Delivered));
    }

    [Fact]
    public async Task An_undeliverable_private_message_marks_the_member_unreachable_and_reaches_them_in_the_group_instead()
    {
        await SubmitAsync("u1", "hello");
        await Dispatcher.DispatchDueAsync(default);
        var group = Some.GroupOf(Some.GroupChat);
        var ann = Some.Ann.Id;
        using (var session = await _harness.Get<WriterConnection>().BeginAsync(default))
        {
            session.UpsertContact(
                ann,
                new ChatAddress("telegram", "111"),
                _harness.Time.GetUtcNow()
            );
            _harness
                .Get<EffectWriter>()
                .Apply(
                    session,
                    group,
                    [
                        new SendMessage(
                            // The loop lives in forum topic 7 of the group chat.
                            new MemberAudience(ann, "ann", true, Some.GroupChat, "7"),
                            Reply.Plain("you are the auditor")
                        ),
                    ],
                    _harness.Time.GetUtcNow()
                );
            session.Commit();
        }
        _telegram.Respond = m =>
            m.IsDirect ? new Undeliverable("bot was blocked by the user") : null!;

        await Dispatcher.DispatchDueAsync(default);
        await Dispatcher.DispatchDueAsync(default);

        var delivered = _telegram.Delivered.Last();
        Assert.Equal(
            ("-1001", "7", false, "ann", "you are the auditor"),
            (
                delivered.Chat.ChatId,
                delivered.ThreadId,
                delivered.IsDirect,
                delivered.MentionHandle,
                delivered.Reply.Text
            )
        );
        Assert.Equal(["sent", "failed", "sent"], Statuses());
        Assert.Equal(
            ["bot was blocked by the user"],
            _db.Column("SELECT last_error FROM outbox WHERE status = 'failed'")
        );
        Assert.Equal(0, _db.Scalar("SELECT reachable FROM member_contacts"));
    }

    [Fact]
    public async Task A_message_with_an_edit_key_names_the_earlier_message_it_replaces()
    {
        var group = Some.GroupOf(Some.GroupChat);
        await SubmitAsync("u1", "open the group");
        async Task TallyAsync(string text)
        {
            using var session = await _harness.Get<WriterConnection>().BeginAsync(default);
            _harness
                .Get<EffectWriter>()
                .Apply(
                    session,
                    group,
                    [new SendMessage(new GroupAudience(), Reply.Plain(text), "tally-1")],
                    _harness.Time.GetUtcNow()
                );
            session.Commit();
        }

        await TallyAsync("1 vote");
        await Dispatcher.DispatchDueAsync(default);
        await TallyAsync("2 votes");
        await Dispatcher.DispatchDueAsync(default);

        var edits = _telegram.Delivered.Where(m => m.EditKey == "tally-1").ToList();
        Assert.Equal([null, "telegram-msg-2"], edits.Select(m => m.EditOfPlatformMessageId));
    }

    [Fact]
    public async Task Messages_for_a_channel_without_a_sender_stay_queued()
    {
        await SubmitAsync("s1", "by sms", new ChatAddress("sms", "conversation-1"));

        Assert.Equal(0, await Dispatcher.DispatchDueAsync(default));

        Assert.Equal(["pending"], Statuses());
    }

    [Fact]
    public async Task A_crash_between_commit_and_send_means_every_message_is_sent_once_after_restart()
    {
        // First process: events committed, nothing dispatched (it "crashes" before sending).
        var db = await TempDatabase.CreateAsync(provider);
        try
        {
            await using (
                var first = await StorageHarness.StartAsync(db, engine: new ScriptedEngine())
            )
            {
                foreach (var i in Enumerable.Range(1, 5))
                    await first
                        .Get<IInboundSink>()
                        .SubmitAsync(Some.Text($"u{i}", $"m{i}"), default);
            }

            var sender = new FakeChannelSender("telegram");
            await using var second = await StorageHarness.StartAsync(
                db,
                engine: new ScriptedEngine(),
                senders: [sender]
            );
            var dispatcher = second.Get<OutboxDispatcher>();

            Assert.Equal(5, await dispatcher.DispatchDueAsync(default));
            Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
            Assert.Equal(Enumerable.Range(1, 5).Select(i => $"ok: m{i}"), Texts(sender.Attempts));
            // The new process still knows the events: a platform retry of one is a duplicate.
            Assert.Equal(
                InboundOutcome.Duplicate,
                await second.Get<IInboundSink>().SubmitAsync(Some.Text("u3", "m3"), default)
            );
            await using var ef = second.Db();
            Assert.Equal(5, await ef.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
        }
        finally
        {
            db.Dispose();
        }
    }
}

public sealed class OutboxDispatcherTestsOnSqlite() : OutboxDispatcherTests(StorageProvider.Sqlite)
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Looking_for_due_chats_reads_the_index_of_pending_rows_never_the_whole_outbox(
        bool oneChannel,
        bool limited
    )
    {
        using var db = await TempDatabase.CreateAsync(StorageProvider.Sqlite);
        // The migrated schema, with its indexes.
        await (await StorageHarness.StartAsync(db)).DisposeAsync();

        var steps = db.Column(
            "EXPLAIN QUERY PLAN " + OutboxDispatcher.DueChatsSql(oneChannel, limited),
            column: 3
        );

        Assert.Contains(steps, s => s.Contains("ix_outbox_pending_chat", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s == "SCAN o" || s == "SCAN outbox");
    }
}

public sealed class OutboxDispatcherTestsOnPostgres()
    : OutboxDispatcherTests(StorageProvider.Postgres);
