namespace CivBot.Storage.Tests.Pipeline;

using System.Text.RegularExpressions;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Tests.Support;
using CivBot.Storage.Timers;

/// <summary>Linking two chats through the real pipeline and SQLite: the code table, the request as a timer, rebinding.</summary>
public abstract partial class LinkPipelineTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly ChatAddress Telegram = Some.GroupChat;
    private static readonly ChatAddress Discord = new("discord", "555");
    private static readonly Sender Dora = new(new MemberId("discord:333"), "dora");

    private TempDatabase _db = null!;
    private StorageHarness _harness = null!;
    private int _ids;

    public async Task InitializeAsync()
    {
        _db = await TempDatabase.CreateAsync(provider);
        _harness = await StorageHarness.StartAsync(_db, flows: ShippedFlows.Load());
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _db.Dispose();
    }

    private async Task SayAsync(ChatAddress chat, Sender who, string text, bool admin = true)
    {
        var title = chat == Telegram ? "Helpers" : "#general";
        await _harness
            .Get<IInboundSink>()
            .SubmitAsync(
                new InboundEvent(
                    chat,
                    who,
                    $"e{++_ids}",
                    new TextBody(text),
                    SenderDirectChat: new ChatAddress(chat.Channel, "dm" + who.Handle),
                    SenderIsChatAdmin: admin,
                    ChatTitle: title
                ),
                default
            );
        // A code's use reaches the other group as a timer due now.
        await _harness.Get<TimerScheduler>().FireDueAsync(default);
    }

    private List<string> Sent(ChatAddress chat) =>
        [
            .. _db.Column(
                    $"SELECT reply_json FROM outbox WHERE channel = '{chat.Channel}' AND chat_id = '{chat.ChatId}' ORDER BY id"
                )
                .Select(j => ReplyJson.Deserialize(j).Text),
        ];

    private string GroupOf(ChatAddress chat) =>
        _db.Column(
                $"SELECT group_id FROM chats WHERE channel = '{chat.Channel}' AND chat_id = '{chat.ChatId}'"
            )
            .Single();

    [Fact]
    public async Task Two_admins_link_their_chats_and_then_one_ask_reaches_both_with_one_receipt_chain()
    {
        // The Discord channel had its own SMS code; once it joins, its old group takes no texters.
        await SayAsync(Discord, Dora, "/smscode");
        Assert.Equal(
            1,
            _db.Scalar($"SELECT count(*) FROM join_codes WHERE group_id = '{Discord}'")
        );
        await SayAsync(Telegram, Some.Ann, "/link");
        var dm = _db.Column("SELECT reply_json FROM outbox WHERE chat_id = 'dmann'").Single();
        var code = CodeIn().Match(ReplyJson.Deserialize(dm).Text).Groups[1].Value;
        Assert.Equal(1, _db.Scalar($"SELECT count(*) FROM link_codes WHERE code = '{code}'"));

        await SayAsync(Discord, Dora, "/link " + code);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM link_codes"));
        Assert.Contains(
            Sent(Telegram),
            t => t.StartsWith("🔗 Discord #general asks to join", StringComparison.Ordinal)
        );
        Assert.NotEqual(GroupOf(Telegram), GroupOf(Discord));

        await SayAsync(Telegram, Some.Ann, "/link confirm");
        Assert.Equal(GroupOf(Telegram), GroupOf(Discord));
        Assert.Equal(
            0,
            _db.Scalar($"SELECT count(*) FROM join_codes WHERE group_id = '{Discord}'")
        );
        Assert.Contains(
            Sent(Discord),
            t => t.StartsWith("🔗 Discord #general joined this group", StringComparison.Ordinal)
        );

        await SayAsync(Discord, Dora, "/ask a ride to the clinic");
        Assert.Contains(
            Sent(Telegram),
            t => t.Contains("a ride to the clinic", StringComparison.Ordinal)
        );
        Assert.Contains(
            Sent(Discord),
            t => t.Contains("a ride to the clinic", StringComparison.Ordinal)
        );
        Assert.Equal(
            ["link", "ask"],
            _db.Column(
                $"SELECT kind FROM receipts WHERE group_id = '{GroupOf(Telegram)}' AND kind IN ('link', 'ask') ORDER BY seq"
            )
        );

        await SayAsync(Discord, Dora, "/receipts");
        await SayAsync(Telegram, Some.Ann, "/receipts");
        var trail = (ChatAddress chat) =>
            Sent(chat)
                .Last(t => t.StartsWith("Receipts for this group:", StringComparison.Ordinal));
        Assert.Equal(trail(Telegram), trail(Discord));
    }

    [Fact]
    public async Task A_code_nobody_holds_gets_one_line_in_the_chat_that_tried_it()
    {
        await SayAsync(Discord, Dora, "/link ABCDEFGHJK");
        Assert.Equal([Core.Languages.Words.English.LinkWrongCode], Sent(Discord));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM timers WHERE fired = FALSE"));
    }

    [Fact]
    public async Task Unlink_moves_the_chat_back_to_its_own_group_and_the_shared_trail_keeps_its_receipts()
    {
        await SayAsync(Telegram, Some.Ann, "/link");
        var dm = _db.Column("SELECT reply_json FROM outbox WHERE chat_id = 'dmann'").Single();
        await SayAsync(
            Discord,
            Dora,
            "/link " + CodeIn().Match(ReplyJson.Deserialize(dm).Text).Groups[1].Value
        );
        await SayAsync(Telegram, Some.Ann, "/link confirm");
        var shared = GroupOf(Telegram);

        await SayAsync(Discord, Dora, "/unlink");
        Assert.Equal(Discord.ToString(), GroupOf(Discord));
        Assert.Equal(
            ["link", "unlink"],
            _db.Column($"SELECT kind FROM receipts WHERE group_id = '{shared}' ORDER BY seq")
        );
        // The router forgot the old binding: the chat's next ask is its own group's.
        await SayAsync(Discord, Dora, "/ask paint the fence");
        Assert.Equal(
            1,
            _db.Scalar(
                $"SELECT count(*) FROM receipts WHERE group_id = '{Discord}' AND kind = 'ask'"
            )
        );
    }

    [Fact]
    public async Task A_linked_Telegram_group_that_becomes_a_supergroup_keeps_its_link_under_the_new_id()
    {
        var upgraded = new ChatAddress("telegram", "-1009876543");
        await SayAsync(Telegram, Some.Ann, "/link");
        var dm = _db.Column("SELECT reply_json FROM outbox WHERE chat_id = 'dmann'").Single();
        await SayAsync(
            Discord,
            Dora,
            "/link " + CodeIn().Match(ReplyJson.Deserialize(dm).Text).Groups[1].Value
        );
        await SayAsync(Telegram, Some.Ann, "/link confirm");
        // ann last spoke in the Telegram group, and her loop began there.
        await SayAsync(Telegram, Some.Ann, "/ask a ride to the clinic");
        var shared = GroupOf(Telegram);

        await _harness.Get<IChatMigration>().MigrateAsync(Telegram, upgraded, default);
        // Telegram reports the move twice (in the old chat and in the new one): the second changes nothing.
        await _harness.Get<IChatMigration>().MigrateAsync(Telegram, upgraded, default);

        Assert.Equal(shared, GroupOf(upgraded));
        var state = Core.Engine.StateJson.Deserialize(
            _db.Column($"SELECT state_json FROM groups WHERE id = '{shared}'").Single()
        );
        Assert.Equal(
            [upgraded, Discord],
            state.Linking!.Chats.Select(c => c.Chat).OrderBy(c => c.Channel != "telegram")
        );
        Assert.Equal(upgraded, state.Linking.LastChats[Some.Ann.Id]);
        Assert.Equal(upgraded, Assert.Single(state.Loops).ThreadChat);

        // The chat acts as a chat of the group under its new id: /links there lists both chats, and the loop's
        // messages go to the new id and to Discord, none to the old address.
        var before = _db.Scalar("SELECT max(id) FROM outbox");
        await SayAsync(upgraded, Some.Ann, "/links");
        Assert.Equal(
            "This group's chats: Telegram Helpers, Discord #general. An admin of a chat can /unlink it.",
            Sent(upgraded).Last()
        );
        await SayAsync(Discord, Dora, "/propose Dora drives at 4");
        Assert.Contains(
            Sent(upgraded),
            t => t.StartsWith("Option 1 for #1", StringComparison.Ordinal)
        );
        Assert.Equal(
            0,
            _db.Scalar(
                $"SELECT count(*) FROM outbox WHERE id > {before} AND chat_id = '{Telegram.ChatId}'"
            )
        );
    }

    [GeneratedRegex(@": ([A-Z2-7]{10})\b")]
    private static partial Regex CodeIn();
}

public sealed class LinkPipelineTestsOnSqlite() : LinkPipelineTests(StorageProvider.Sqlite);

public sealed class LinkPipelineTestsOnPostgres() : LinkPipelineTests(StorageProvider.Postgres);
