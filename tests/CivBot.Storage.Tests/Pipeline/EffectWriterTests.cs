namespace CivBot.Storage.Tests.Pipeline;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using CivBot.Storage.Pipeline;
using CivBot.Storage.Receipts;
using CivBot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

public abstract class EffectWriterTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly GroupId Group = new("telegram:-1001");
    private static readonly ChatAddress Telegram = new("telegram", "-1001");
    private static readonly ChatAddress Discord = new("discord", "555");
    private static readonly MemberId Ann = new("telegram:111");

    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, engine: new ScriptedEngine());
        await WriteAsync(s =>
        {
            s.InsertGroup(Group, StateJson.Serialize(GroupState.New(Group, "f")), Now);
            s.BindChat(Telegram, Group, Now);
            s.BindChat(Discord, Group, Now.AddSeconds(1));
        });
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private DateTimeOffset Now => _harness.Time.GetUtcNow();

    private async Task WriteAsync(Action<WriteSession> write)
    {
        using var session = await _harness.Get<WriterConnection>().BeginAsync(default);
        write(session);
        session.Commit();
    }

    private Task ApplyAsync(params Effect[] effects) =>
        WriteAsync(s => _harness.Get<EffectWriter>().Apply(s, Group, effects, Now));

    private async Task<List<OutboxEntity>> OutboxAsync()
    {
        await using var db = _harness.Db();
        return await db.Outbox.OrderBy(o => o.Id).ToListAsync();
    }

    private static string Text(OutboxEntity row) => ReplyJson.Deserialize(row.ReplyJson).Text;

    [Fact]
    public async Task A_group_message_goes_to_every_bound_chat_with_the_thread_only_in_the_thread_chat()
    {
        await ApplyAsync(
            new SendMessage(
                new GroupAudience(Telegram, "77"),
                Reply.Plain("loop #1 opened"),
                "tally-1"
            )
        );

        var rows = await OutboxAsync();
        Assert.Equal(
            [("telegram", "-1001", "77"), ("discord", "555", null)],
            rows.Select(r => (r.Channel, r.ChatId, r.ThreadId))
        );
        Assert.All(
            rows,
            r =>
                Assert.Equal(
                    ("loop #1 opened", "tally-1", OutboxStatus.Pending, false, "telegram:-1001"),
                    (Text(r), r.EditKey, r.Status, r.IsDirect, r.GroupId)
                )
        );
    }

    [Fact]
    public async Task An_origin_message_goes_only_to_that_chat_and_thread()
    {
        await ApplyAsync(
            new SendMessage(new OriginAudience(Discord, "th"), Reply.Plain("only here"))
        );

        var row = Assert.Single(await OutboxAsync());
        Assert.Equal(
            ("discord", "555", "th", "only here"),
            (row.Channel, row.ChatId, row.ThreadId, Text(row))
        );
    }

    [Fact]
    public async Task A_member_message_goes_privately_when_the_member_is_reachable()
    {
        var dm = new ChatAddress("telegram", "111");
        await WriteAsync(s => s.UpsertContact(Ann, dm, Now));

        await ApplyAsync(
            new SendMessage(new MemberAudience(Ann, "ann"), Reply.Plain("you are the steward"))
        );

        var row = Assert.Single(await OutboxAsync());
        Assert.Equal(
            ("telegram", "111", true, "telegram:111", "ann", null),
            (
                row.Channel,
                row.ChatId,
                row.IsDirect,
                row.MemberId,
                row.RecipientHandle,
                row.MentionHandle
            )
        );
    }

    [Fact]
    public async Task A_member_message_falls_back_to_the_group_with_a_mention_when_the_member_is_unreachable()
    {
        await WriteAsync(s => s.UpsertContact(Ann, new ChatAddress("sms", "dm-1"), Now));
        _db.Execute("UPDATE member_contacts SET reachable = FALSE");

        await ApplyAsync(
            new SendMessage(new MemberAudience(Ann, "ann"), Reply.Plain("please audit loop #1"))
        );

        var rows = await OutboxAsync();
        Assert.Equal(
            [("telegram", "-1001"), ("discord", "555")],
            rows.Select(r => (r.Channel, r.ChatId))
        );
        Assert.All(
            rows,
            r =>
                Assert.Equal(
                    (false, "ann", "please audit loop #1"),
                    (r.IsDirect, r.MentionHandle, Text(r))
                )
        );
    }

    [Fact]
    public async Task In_linked_chats_a_mention_fallback_goes_only_to_the_chat_the_member_last_spoke_in()
    {
        await ApplyAsync(
            new SendMessage(
                new MemberAudience(
                    Ann,
                    "ann",
                    ThreadChat: Telegram,
                    ThreadId: "7",
                    LastChat: Discord
                ),
                Reply.Plain("please audit loop #1")
            ),
            new SendMessage(
                new MemberAudience(
                    Ann,
                    "ann",
                    ThreadChat: Telegram,
                    ThreadId: "7",
                    LastChat: Telegram
                ),
                Reply.Plain("still waiting on loop #1")
            )
        );

        Assert.Equal(
            [
                ("discord", null, "please audit loop #1"),
                ("telegram", "7", "still waiting on loop #1"),
            ],
            (await OutboxAsync()).Select(r => (r.Channel, r.ThreadId, Text(r)))
        );
    }

    [Fact]
    public async Task A_direct_message_records_the_member_s_last_chat_for_a_fallback_at_send_time()
    {
        await WriteAsync(s => s.UpsertContact(Ann, new ChatAddress("telegram", "111"), Now));
        await ApplyAsync(
            new SendMessage(
                new MemberAudience(
                    Ann,
                    "ann",
                    ThreadChat: Telegram,
                    ThreadId: "7",
                    LastChat: Discord
                ),
                Reply.Plain("please audit loop #1")
            )
        );

        var row = Assert.Single(await OutboxAsync());
        Assert.Equal(
            ("discord", "555", null),
            (row.FallbackChannel, row.FallbackChatId, row.FallbackThreadId)
        );
    }

    [Fact]
    public async Task A_member_message_without_fallback_is_not_sent_when_the_member_has_no_private_chat()
    {
        await ApplyAsync(
            new SendMessage(
                new MemberAudience(Ann, "ann", FallbackToGroup: false),
                Reply.Plain("psst")
            )
        );

        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task A_scheduled_timer_is_stored_with_its_due_time_and_spec()
    {
        var spec = new TimerSpec(Now.AddHours(24), TimerKind.VoteDeadline, 3, 2, 1);

        await ApplyAsync(new ScheduleTimer(spec));

        await using var db = _harness.Db();
        var timer = await db.Timers.SingleAsync();
        Assert.Equal(
            (Now.AddHours(24).ToUnixTimeMilliseconds(), false, "telegram:-1001"),
            (timer.DueAt, timer.Fired, timer.GroupId)
        );
        Assert.Equal(spec, StateJson.DeserializeTimer(timer.SpecJson));
    }

    [Fact]
    public async Task An_appended_receipt_reads_back_identical_so_its_hash_still_matches()
    {
        var chain = Some.Chain(Group, 4, Now);

        await ApplyAsync([.. chain.Select(r => new AppendReceipt(r))]);

        var loop1 = await _harness.Get<ReceiptStore>().ReadLoopAsync(Group, 1, default);
        var loop2 = await _harness.Get<ReceiptStore>().ReadLoopAsync(Group, 2, default);
        var reread = loop1.Concat(loop2).OrderBy(r => r.Seq).ToList();
        Assert.Equal(
            chain.Select(r => CanonicalJson.Write(r, true)),
            reread.Select(r => CanonicalJson.Write(r, true))
        );
        Assert.All(reread, r => Assert.Equal(r.Hash, ReceiptChain.ComputeHash(r)));
    }

    [Fact]
    public async Task Show_receipts_sees_receipts_written_earlier_in_the_same_transaction_and_pages_as_of_a_sequence()
    {
        var chain = Some.Chain(Group, 8, Now);

        // Page size is 3 (ScriptedEngine); as of #7 the first page is #7, #6, #5 and there are more.
        await ApplyAsync([
            .. chain.Select(r => new AppendReceipt(r)),
            new ShowReceipts(new OriginAudience(Telegram), null, 1, 7),
            new ShowReceipts(new OriginAudience(Telegram), null, 3, 7),
        ]);

        var rows = await OutboxAsync();
        var first = Text(rows[0]);
        Assert.StartsWith("Receipts for this group:", first, StringComparison.Ordinal);
        Assert.Contains("#5 ", first, StringComparison.Ordinal);
        Assert.Contains("#7 ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("#8 ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("#4 ", first, StringComparison.Ordinal);
        Assert.Contains("/receipts more", first, StringComparison.Ordinal);
        var third = Text(rows[1]);
        Assert.Contains("#1 ", third, StringComparison.Ordinal);
        Assert.Contains("That is the start of the trail", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_kit_of_an_unknown_loop_says_so_and_of_a_known_loop_renders_its_summary_or_the_full_kit()
    {
        await ApplyAsync([
            .. Some.Chain(Group, 3, Now).Select(r => new AppendReceipt(r)),
            new ShowKit(new OriginAudience(Telegram), 9),
            new ShowKit(new OriginAudience(Telegram), 1),
            new ShowKit(new OriginAudience(Telegram), 1, Full: true),
        ]);

        var rows = await OutboxAsync();
        Assert.Equal(
            "There is no loop #9 in this group yet. /status shows the open ones.",
            Text(rows[0])
        );
        Assert.StartsWith("🧰 Kit #1", Text(rows[1]), StringComparison.Ordinal);
        Assert.EndsWith("Whole kit to copy: /kit #1 full", Text(rows[1]), StringComparison.Ordinal);
        Assert.StartsWith("# Kit: loop #1", Text(rows[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_kit_in_spanish_answers_in_spanish_for_an_unknown_loop_a_summary_and_the_full_kit()
    {
        await ApplyAsync([
            .. Some.Chain(Group, 3, Now).Select(r => new AppendReceipt(r)),
            new ShowKit(new OriginAudience(Telegram), 9, Language: "es"),
            new ShowKit(new OriginAudience(Telegram), 1, Language: "es"),
            new ShowKit(new OriginAudience(Telegram), 1, Full: true, Language: "es"),
        ]);

        var rows = await OutboxAsync();
        Assert.Equal(
            "Aún no hay un ciclo #9 en este grupo. /estado muestra los abiertos.",
            Text(rows[0])
        );
        Assert.StartsWith("🧰 Kit del #1", Text(rows[1]), StringComparison.Ordinal);
        Assert.EndsWith(
            "El kit completo para copiar: /kit #1 full",
            Text(rows[1]),
            StringComparison.Ordinal
        );
        Assert.StartsWith("# Kit: ciclo #1", Text(rows[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_receipts_answers_with_the_count_of_an_intact_chain()
    {
        await ApplyAsync([
            .. Some.Chain(Group, 5, Now).Select(r => new AppendReceipt(r)),
            new VerifyReceipts(new OriginAudience(Telegram)),
        ]);

        var row = Assert.Single(await OutboxAsync());
        Assert.Contains("All 5 receipts check out", Text(row), StringComparison.Ordinal);
    }
}

public sealed class EffectWriterTestsOnSqlite() : EffectWriterTests(StorageProvider.Sqlite);

public sealed class EffectWriterTestsOnPostgres() : EffectWriterTests(StorageProvider.Postgres);
