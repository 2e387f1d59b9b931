namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Engine;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Inbox;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;
using CivBot.Testing;
using Microsoft.EntityFrameworkCore;

public abstract class EventProcessorTests(StorageProvider provider) : IAsyncLifetime
{
    private TempDatabase _db = null!;
    private readonly ScriptedEngine _engine = new();
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, engine: _engine);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private IInboundSink Sink => _harness.Get<IInboundSink>();

    private List<string> Summaries(string group) =>
        _db.Column($"SELECT summary FROM receipts WHERE group_id = '{group}' ORDER BY seq");

    private List<string> Replies(string chatId) =>
        [
            .. _db.Column($"SELECT reply_json FROM outbox WHERE chat_id = '{chatId}' ORDER BY id")
                .Select(j => ReplyJson.Deserialize(j).Text),
        ];

    [Fact]
    public async Task A_new_group_chat_creates_its_group_binds_the_chat_and_remembers_the_sender()
    {
        var outcome = await Sink.SubmitAsync(Some.Text("u1", "hello"), default);

        Assert.Equal(InboundOutcome.Processed, outcome);
        Assert.Equal(["telegram:-1001"], _db.Column("SELECT id FROM groups"));
        Assert.Equal(
            ["telegram|-1001|telegram:-1001"],
            _db.Column("SELECT channel || '|' || chat_id || '|' || group_id FROM chats")
        );
        Assert.Equal(
            ["telegram:111|telegram:-1001"],
            _db.Column("SELECT member_id || '|' || group_id FROM member_groups")
        );
        Assert.Equal(["hello"], Summaries("telegram:-1001"));
        Assert.Equal(["ok: hello"], Replies("-1001"));
        Assert.Equal([InboxStatus.Processed], _db.Column("SELECT status FROM inbox"));
    }

    [Fact]
    public async Task Replaying_the_same_platform_id_changes_nothing()
    {
        await Sink.SubmitAsync(Some.Text("u1", "hello"), default);
        var version = _db.Scalar("SELECT version FROM groups");

        var replay = await Sink.SubmitAsync(Some.Text("u1", "hello"), default);

        Assert.Equal(InboundOutcome.Duplicate, replay);
        // The engine may have worked the replay out ahead of the writer; the inbox mark discards that result.
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM receipts"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM outbox"));
        Assert.Equal(version, _db.Scalar("SELECT version FROM groups"));
    }

    [Fact]
    public async Task Events_of_one_group_are_applied_in_submission_order_even_when_submitted_concurrently()
    {
        var texts = Enumerable.Range(0, 300).Select(i => $"m{i}").ToList();

        var outcomes = await Task.WhenAll(
            texts.Select(t => Sink.SubmitAsync(Some.Text("id-" + t, t), default))
        );

        Assert.All(outcomes, o => Assert.Equal(InboundOutcome.Processed, o));
        Assert.Equal(texts, Summaries("telegram:-1001"));
        Assert.Equal(texts.Select(t => "ok: " + t), Replies("-1001"));
        var verification = Assert.Single(
            await _harness.Get<ReceiptStore>().VerifyAsync(null, default)
        );
        Assert.Equal((300L, true), (verification.Count, verification.IsIntact));
    }

    [Fact]
    public async Task A_groups_queue_is_let_go_once_its_events_are_handled_and_its_later_events_still_run_in_order()
    {
        var processor = (EventProcessor)Sink;
        var texts = new List<string>();
        // Waves of concurrent submits, each awaited: between waves the group's worker runs out of events and lets its
        // queue go, so the next wave may find the old queue just removed and must use a new one, in order.
        for (var wave = 0; wave < 30; wave++)
        {
            var batch = Enumerable.Range(0, 10).Select(i => $"w{wave}-{i}").ToList();
            texts.AddRange(batch);
            await Task.WhenAll(
                batch.Select(t => Sink.SubmitAsync(Some.Text("id-" + t, t), default))
            );
        }
        await Conditions.WaitUntilAsync(
            () => processor.QueuedGroups == 0,
            TimeSpan.FromSeconds(30),
            () => $"the group's queue to be let go ({processor.QueuedGroups} left)"
        );

        Assert.Equal(texts, Summaries("telegram:-1001"));
        var verification = Assert.Single(
            await _harness.Get<ReceiptStore>().VerifyAsync(null, default)
        );
        Assert.Equal((300L, true), (verification.Count, verification.IsIntact));
    }

    [Fact]
    public async Task Events_that_queue_up_behind_the_writer_are_committed_together_in_one_transaction()
    {
        Task<InboundOutcome>[] submits;
        await using (await _harness.HoldWritesAsync(new("telegram:-1001")))
        {
            // The first event opens the group and waits for the writer; the other nine queue up behind it.
            submits =
            [
                .. Enumerable
                    .Range(1, 10)
                    .Select(i => Sink.SubmitAsync(Some.Text($"u{i}", $"m{i}"), default)),
            ];
            Assert.DoesNotContain(submits, t => t.IsCompleted);
        }

        await Task.WhenAll(submits);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"m{i}"), Summaries("telegram:-1001"));
        // The group's worker starts on the thread pool, so it takes the first event alone or, on a busy machine, all
        // of them at once; either way whatever queued behind the held writer went in one transaction, never one by one.
        Assert.InRange(_db.Scalar("SELECT version FROM groups"), 1L, 2L);
    }

    [Fact]
    public async Task Two_groups_progress_independently_each_with_its_own_chain()
    {
        var tasks = new List<Task<InboundOutcome>>();
        for (var i = 0; i < 50; i++)
        {
            tasks.Add(Sink.SubmitAsync(Some.Text($"a{i}", $"a{i}", Some.GroupChat), default));
            tasks.Add(
                Sink.SubmitAsync(
                    Some.Text($"b{i}", $"b{i}", Some.OtherGroupChat, Some.Bob),
                    default
                )
            );
        }

        await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"a{i}"), Summaries("telegram:-1001"));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"b{i}"), Summaries("telegram:-1002"));
        var results = await _harness.Get<ReceiptStore>().VerifyAsync(null, default);
        Assert.Equal(
            [("telegram:-1001", 50L, true), ("telegram:-1002", 50L, true)],
            results.Select(r => (r.Group.Value, r.Count, r.IsIntact))
        );
    }

    [Fact]
    public async Task An_event_the_engine_fails_on_is_recorded_as_failed_answered_with_an_apology_and_the_next_event_still_runs()
    {
        await Sink.SubmitAsync(Some.Text("u1", "first"), default);

        var failed = Sink.SubmitAsync(Some.Text("u2", "boom"), default);
        var after = Sink.SubmitAsync(Some.Text("u3", "after"), default);

        Assert.Equal(InboundOutcome.Processed, await failed);
        Assert.Equal(InboundOutcome.Processed, await after);
        Assert.Equal(["first", "after"], Summaries("telegram:-1001"));
        Assert.Equal(
            [
                "ok: first",
                "Sorry, something went wrong while handling that. It has been logged; please try again or type /help.",
                "ok: after",
            ],
            Replies("-1001")
        );
        Assert.Equal(
            [InboxStatus.Failed],
            _db.Column("SELECT status FROM inbox WHERE platform_id = 'u2'")
        );
        Assert.Equal(
            InboundOutcome.Duplicate,
            await Sink.SubmitAsync(Some.Text("u2", "boom"), default)
        );
    }

    [Fact]
    public async Task A_private_message_from_someone_in_no_group_gets_a_hint_and_creates_no_group()
    {
        var outcome = await Sink.SubmitAsync(Some.Private("p1", "hi", Some.Ann), default);

        Assert.Equal(InboundOutcome.Processed, outcome);
        Assert.Equal(0, _engine.Calls);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM groups"));
        Assert.Equal(
            [
                "Hi, I'm CivBot, a bot that helps groups act on asks together. I don't know your group yet: say /help in your group's chat first, then you can message me here.",
            ],
            Replies("111")
        );
        Assert.Equal([InboxStatus.Unrouted], _db.Column("SELECT status FROM inbox"));
        Assert.Equal(
            InboundOutcome.Duplicate,
            await Sink.SubmitAsync(Some.Private("p1", "hi", Some.Ann), default)
        );
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM outbox"));
    }

    [Fact]
    public async Task A_stranger_whose_platform_speaks_spanish_gets_the_hint_in_spanish()
    {
        await Sink.SubmitAsync(
            Some.Private("p1", "hola", Some.Ann with { Language = "es-419" }),
            default
        );

        Assert.Equal(
            [
                "Hola, soy CivBot, un bot que ayuda a grupos a actuar juntos ante pedidos. Aún no conozco tu grupo: primero escribe /ayuda en el chat de tu grupo y luego podrás escribirme aquí.",
            ],
            Replies("111")
        );
    }

    [Fact]
    public async Task A_private_message_goes_to_the_group_the_sender_was_most_recently_seen_in()
    {
        await Sink.SubmitAsync(Some.Text("a1", "in A", Some.GroupChat), default);
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await Sink.SubmitAsync(Some.Text("b1", "in B", Some.OtherGroupChat), default);

        await Sink.SubmitAsync(Some.Private("p1", "privately", Some.Ann), default);

        Assert.Equal(["in B", "privately"], Summaries("telegram:-1002"));
        Assert.Equal(["ok: privately"], Replies("111"));
        Assert.Equal(
            ["telegram|111|1"],
            _db.Column(
                "SELECT dm_channel || '|' || dm_chat_id || '|' || CASE WHEN reachable THEN 1 ELSE 0 END FROM member_contacts"
            )
        );
    }

    [Fact]
    public async Task A_group_another_writer_changed_is_read_again_from_the_database_never_served_stale_from_the_cache()
    {
        await Sink.SubmitAsync(Some.Text("u1", "first"), default);
        var enginesState = _db.Column("SELECT state_json FROM groups").Single();
        // Another writer (another instance) moved the group on; this process's cached state is now behind.
        _db.Execute("UPDATE groups SET version = version + 5");

        var outcome = await Sink.SubmitAsync(Some.Text("u2", "second"), default);

        Assert.Equal(InboundOutcome.Processed, outcome);
        Assert.Equal(["first", "second"], Summaries("telegram:-1001"));
        Assert.Equal(7, _db.Scalar("SELECT version FROM groups"));
        Assert.NotEqual(enginesState, _db.Column("SELECT state_json FROM groups").Single());
    }

    [Fact]
    public async Task The_group_state_is_stored_as_the_engines_json_document()
    {
        await Sink.SubmitAsync(Some.Text("u1", "first"), default);
        await Sink.SubmitAsync(Some.Text("u2", "second"), default);

        await using var db = _harness.Db();
        var row = await db.Groups.SingleAsync();
        var state = StateJson.Deserialize(row.StateJson);
        Assert.Equal(2, state.Head.Seq);
        Assert.Equal(
            _db.Column("SELECT hash FROM receipts WHERE seq = 2").Single(),
            state.Head.Hash
        );
    }
}

public sealed class EventProcessorTestsOnSqlite() : EventProcessorTests(StorageProvider.Sqlite);

public sealed class EventProcessorTestsOnPostgres() : EventProcessorTests(StorageProvider.Postgres);
