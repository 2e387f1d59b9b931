namespace CivBot.Telegram.Tests.Mapping;

using System.Text.Json;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Telegram.Mapping;
using CivBot.Telegram.Tests.Support;

/// <summary>The mapper on recorded update payloads (Payloads/*.json).</summary>
public sealed class TelegramMapperTests
{
    private const string Bot = "CivTestBot";
    private static readonly ChatAddress Ops = new("telegram", "-1001234567890");

    private static MappedUpdate Map(string payload) =>
        TelegramMapper.Map(JsonDocument.Parse(Repo.Payload(payload)).RootElement, Bot)!;

    [Fact]
    public void A_group_message_becomes_a_text_event_from_a_channel_qualified_member()
    {
        var e = Assert.Single(Map("message").Events);
        Assert.Equal(Ops, e.Chat);
        Assert.Equal(new MemberId("telegram:111111111"), e.Sender.Id);
        Assert.Equal("ann", e.Sender.Handle);
        Assert.Equal("100000010", e.PlatformId);
        Assert.Equal(new TextBody("+1 I can help <after> 5 & bring *snacks*"), e.Body);
        Assert.False(e.IsPrivate);
        Assert.Null(e.SenderDirectChat);
        Assert.Null(e.ThreadId);
    }

    [Fact]
    public void A_command_addressed_to_this_bot_is_passed_on_as_typed_for_the_engine_to_parse()
    {
        var e = Assert.Single(Map("command_for_this_bot").Events);
        Assert.Equal(new TextBody("/vote@CivTestBot 2 #1"), e.Body);
    }

    [Fact]
    public void A_command_addressed_to_another_bot_is_dropped()
    {
        var mapped = Map("command_for_another_bot");
        Assert.Equal(100000012, mapped.UpdateId);
        Assert.Empty(mapped.Events);
    }

    [Fact]
    public void A_forum_topic_message_carries_its_topic_as_the_thread()
    {
        var e = Assert.Single(Map("topic_message").Events);
        Assert.Equal("7", e.ThreadId);
        Assert.Equal(new TextBody("/status@CivTestBot now"), e.Body);
    }

    [Fact]
    public void A_reply_thread_in_an_ordinary_supergroup_is_not_a_topic()
    {
        var e = Assert.Single(Map("reply_in_supergroup").Events);
        Assert.Null(e.ThreadId);
        Assert.Equal("Bo", e.Sender.Handle);
    }

    [Fact]
    public void A_button_press_becomes_a_button_event_in_its_topic_with_a_private_answer()
    {
        var mapped = Map("callback_query");
        var e = Assert.Single(mapped.Events);
        Assert.Equal(new ButtonBody("v:1:2"), e.Body);
        Assert.Equal(Ops, e.Chat);
        Assert.Equal("7", e.ThreadId);
        Assert.Equal("Ann Lee", e.Sender.Handle);
        Assert.Equal(
            new CallbackAnswer("4382bfdwdsb323b2d9", "Vote for option 2 on #1 recorded"),
            mapped.Callback
        );
    }

    [Fact]
    public void A_button_pressed_by_a_member_whose_telegram_speaks_spanish_is_answered_in_spanish()
    {
        var payload = Repo.Payload("callback_query")
            .Replace(
                "\"first_name\":\"Ann\"",
                "\"language_code\":\"es\",\"first_name\":\"Ann\"",
                StringComparison.Ordinal
            );
        var mapped = TelegramMapper.Map(JsonDocument.Parse(payload).RootElement, Bot)!;

        Assert.Equal("es", Assert.Single(mapped.Events).Sender.Language);
        Assert.Equal(
            new CallbackAnswer("4382bfdwdsb323b2d9", "Recibí tu voto por la opción 2 en el #1"),
            mapped.Callback
        );
        var gone = TelegramMapper.Map(
            JsonDocument
                .Parse(payload.Replace(",\"data\":\"v:1:2\"", "", StringComparison.Ordinal))
                .RootElement,
            Bot
        )!;
        Assert.Equal(
            "Ese botón ya no está activo. /estado muestra lo que está abierto ahora.",
            gone.Callback!.Text
        );
    }

    [Fact]
    public void An_upgrade_to_a_supergroup_is_a_chat_move_seen_from_either_side()
    {
        var expected = new ChatMove(
            new("telegram", "-4001234567"),
            new("telegram", "-1004001234567")
        );
        Assert.Equal(expected, Map("migrate_to").Migration);
        Assert.Equal(expected, Map("migrate_from").Migration);
        Assert.Empty(Map("migrate_to").Events);
    }

    [Fact]
    public void Each_person_who_joined_is_a_membership_event_and_bots_are_not_members()
    {
        var events = Map("member_joined").Events;
        Assert.Equal(["Cy", "dee"], events.Select(e => e.Sender.Handle));
        Assert.All(events, e => Assert.Equal(new MembershipBody(true), e.Body));
        Assert.Equal(2, events.Select(e => e.PlatformId).Distinct().Count());
    }

    [Fact]
    public void A_member_who_left_is_a_leaving_event()
    {
        var e = Assert.Single(Map("member_left").Events);
        Assert.Equal(new MembershipBody(false), e.Body);
        Assert.Equal(new MemberId("telegram:444"), e.Sender.Id);
    }

    [Fact]
    public void A_private_message_marks_the_chat_as_where_the_member_can_be_reached()
    {
        var e = Assert.Single(Map("private_start").Events);
        var dm = new ChatAddress("telegram", "111111111");
        Assert.True(e.IsPrivate);
        Assert.Equal(dm, e.Chat);
        Assert.Equal(dm, e.SenderDirectChat);
    }

    [Fact]
    public void Anything_without_an_update_id_is_not_an_update()
    {
        Assert.Null(TelegramMapper.Map(JsonDocument.Parse("""{"message":{}}""").RootElement, Bot));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_escape_or_invalid_utf8_is_read_with_replacement_characters()
    {
        var json = System.Text.Encoding.UTF8.GetBytes(
            "{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"from\":{\"id\":5,\"first_name\":\"Ann\"},\"text\":\"a\\ud800b X\\n\"}}"
        );
        json[^6] = 0xFF;

        var mapped = TelegramMapper.Map(JsonDocument.Parse(json).RootElement, Bot)!;

        var text = Assert.IsType<TextBody>(Assert.Single(mapped.Events).Body).Text;
        Assert.Equal("a\uFFFDb \uFFFD\n", text);
        Assert.Null(mapped.Refusal);
    }

    [Fact]
    public void A_message_whose_chat_id_is_not_a_number_is_refused_with_the_reason()
    {
        var mapped = TelegramMapper.Map(
            JsonDocument
                .Parse(
                    "{\"update_id\":3,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":\"5x\",\"type\":\"group\"},\"text\":\"hi\"}}"
                )
                .RootElement,
            Bot
        )!;

        Assert.Empty(mapped.Events);
        Assert.Equal("message.chat.id is not a number", mapped.Refusal);
    }

    [Fact]
    public void A_message_without_its_chat_is_refused_and_says_what_is_missing()
    {
        var mapped = TelegramMapper.Map(
            JsonDocument
                .Parse(
                    "{\"update_id\":4,\"message\":{\"message_id\":1,\"date\":1,\"text\":\"hi\"}}"
                )
                .RootElement,
            Bot
        )!;

        Assert.Empty(mapped.Events);
        Assert.NotNull(mapped.Refusal);
        Assert.Contains("chat", mapped.Refusal, StringComparison.Ordinal);
    }
}
