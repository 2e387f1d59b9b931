namespace CivBot.Discord.Tests.Mapping;

using System.Text.Json;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Discord.Mapping;
using CivBot.Discord.Tests.Support;

/// <summary>The mapper on recorded gateway frames (Payloads/*.json).</summary>
public sealed class DiscordMapperTests
{
    private const string Bot = "900000000000000001";
    private const string Channel = "290926798999357250";
    private const string Thread = "334385199974960000";
    private static readonly ChatAddress Parents = new("discord", Channel);

    private static JsonElement Data(string payload) =>
        JsonDocument.Parse(Repo.Payload(payload)).RootElement.GetProperty("d");

    private static string? Parent(string channel) => channel == Thread ? Channel : null;

    private static MappedMessage? Message(string payload) =>
        DiscordMapper.MapMessage(Data(payload), Bot, Parent);

    private static MappedInteraction Interaction(string payload) =>
        DiscordMapper.MapInteraction(Data(payload), _ => null)!;

    [Fact]
    public void A_server_message_becomes_a_text_event_in_its_channel_from_a_channel_qualified_member()
    {
        var mapped = Message("message_create")!;
        var e = mapped.Event;
        Assert.Equal(Parents, e.Chat);
        Assert.Equal(new MemberId("discord:53908099506183680"), e.Sender.Id);
        Assert.Equal("Mason", e.Sender.Handle);
        Assert.Equal("m:334385199974967042", e.PlatformId);
        Assert.Equal(new TextBody("+1 I can help <after> 5 & bring *snacks*"), e.Body);
        Assert.False(e.IsPrivate);
        Assert.Null(e.ThreadId);
        Assert.Equal(new ChatAddress("discord", "dm:53908099506183680"), e.SenderDirectChat);
        Assert.Equal(Channel, mapped.StartsThread);
        Assert.Null(mapped.DirectChannelId);
    }

    [Fact]
    public void A_direct_message_is_a_private_event_addressed_by_user_with_its_channel_remembered()
    {
        var mapped = Message("message_create_dm")!;
        Assert.True(mapped.Event.IsPrivate);
        Assert.Equal(new ChatAddress("discord", "dm:53908099506183680"), mapped.Event.Chat);
        Assert.Equal("880000000000000001", mapped.DirectChannelId);
        Assert.Equal("mason", mapped.Event.Sender.Handle);
        Assert.Null(mapped.StartsThread);
    }

    [Fact]
    public void Messages_from_bots_and_from_the_bot_itself_are_ignored()
    {
        Assert.Null(Message("message_create_bot"));
        Assert.Null(DiscordMapper.MapMessage(Data("message_create"), "53908099506183680", Parent));
    }

    [Fact]
    public void System_messages_such_as_thread_created_are_ignored()
    {
        Assert.Null(Message("message_thread_created"));
    }

    [Fact]
    public void A_reply_in_a_known_thread_belongs_to_the_parent_channel_with_the_thread_kept_and_the_bot_mention_dropped()
    {
        var mapped = Message("message_create_thread_mention")!;
        var e = mapped.Event;
        Assert.Equal(Parents, e.Chat);
        Assert.Equal(Thread, e.ThreadId);
        Assert.Equal("Bo the driver", e.Sender.Handle);
        var body = Assert.IsType<AttachmentBody>(e.Body);
        Assert.Equal("/propose I drive at 4pm", body.Caption);
        Assert.Equal(["https://cdn.discordapp.com/attachments/1/2/map.png"], body.Links);
        Assert.Null(mapped.StartsThread);
    }

    [Fact]
    public void A_slash_command_becomes_a_command_with_its_options_read_like_the_typed_command()
    {
        var i = Interaction("interaction_vote_command");
        Assert.Equal(InteractionKind.Command, i.Kind);
        Assert.Equal("1100000000000000001", i.Id);
        Assert.Equal("aW50ZXJhY3Rpb24tdG9rZW4", i.Token);
        Assert.Equal("800000000000000001", i.ApplicationId);
        var e = i.Event!;
        Assert.Equal(new CommandBody("vote", "2 #3"), e.Body);
        Assert.Equal(Parents, e.Chat);
        Assert.Equal("i:1100000000000000001", e.PlatformId);
        Assert.Equal("Mason", e.Sender.Handle);
        Assert.Equal("Got it: /vote 2 #3", i.Confirmation);
        Assert.Equal(Channel, i.StartsThread);
    }

    [Fact]
    public void A_vote_button_in_a_thread_is_a_button_press_in_the_parent_channel_confirmed_privately()
    {
        var i = Interaction("interaction_button_in_thread");
        Assert.Equal(InteractionKind.Button, i.Kind);
        Assert.Equal(new ButtonBody("v:1:2"), i.Event!.Body);
        Assert.Equal(Parents, i.Event.Chat);
        Assert.Equal(Thread, i.Event.ThreadId);
        Assert.Equal("Vote for option 2 on #1 recorded", i.Confirmation);
        Assert.Null(i.StartsThread);
    }

    private static MappedInteraction InteractionIn(string payload, string locale) =>
        DiscordMapper.MapInteraction(
            JsonDocument
                .Parse(
                    Repo.Payload(payload)
                        .Replace(
                            "\"locale\":\"en-US\"",
                            $"\"locale\":\"{locale}\"",
                            StringComparison.Ordinal
                        )
                )
                .RootElement.GetProperty("d"),
            _ => null
        )!;

    [Theory]
    [InlineData("es-ES")]
    [InlineData("es-419")]
    public void A_member_whose_discord_speaks_spanish_gets_the_private_confirmations_in_spanish(
        string locale
    )
    {
        var command = InteractionIn("interaction_vote_command", locale);
        Assert.Equal(locale, command.Event!.Sender.Language);
        Assert.Equal("Recibido: /vote 2 #3", command.Confirmation);
        Assert.Equal(
            "Recibí tu voto por la opción 2 en el #1",
            InteractionIn("interaction_button_in_thread", locale).Confirmation
        );
    }

    [Fact]
    public void A_slash_command_in_a_dm_is_private()
    {
        var i = Interaction("interaction_dm_command");
        Assert.True(i.Event!.IsPrivate);
        Assert.Equal(new ChatAddress("discord", "dm:53908099506183680"), i.Event.Chat);
        Assert.Equal(new CommandBody("receipts", ""), i.Event.Body);
    }

    [Fact]
    public void An_autocomplete_request_carries_no_event()
    {
        var i = Interaction("interaction_autocomplete");
        Assert.Equal(InteractionKind.Other, i.Kind);
        Assert.Null(i.Event);
    }
}
