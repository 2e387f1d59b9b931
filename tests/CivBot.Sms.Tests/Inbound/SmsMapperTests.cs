namespace CivBot.Sms.Tests.Inbound;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Sms.Inbound;
using CivBot.Sms.Tests.Support;

public sealed class SmsMapperTests
{
    [Fact]
    public void A_text_becomes_a_private_event_keyed_by_its_message_sid()
    {
        var form = Payload.Load("inbound-text");

        var message = Assert.IsType<SmsInbound.Message>(SmsMapper.Map(form, null));

        var e = message.Event;
        Assert.Equal(new ChatAddress("sms", "+15005550006"), e.Chat);
        Assert.Equal("SM0123456789abcdef0123456789abcdef", e.PlatformId);
        Assert.True(e.IsPrivate);
        Assert.Equal(e.Chat, e.SenderDirectChat);
        Assert.Null(e.DefaultGroup);
        Assert.Equal(
            "/ask Need a ride for my son to the clinic on Main St before 5pm",
            Assert.IsType<TextBody>(e.Body).Text
        );
    }

    [Fact]
    public void The_member_id_and_handle_carry_no_digit_of_the_number()
    {
        var e = ((SmsInbound.Message)SmsMapper.Map(Payload.Load("inbound-text"), null)).Event;

        Assert.Matches("^sms:[0-9a-f]{16}$", e.Sender.Id.Value);
        Assert.Matches("^texter-[0-9a-f]{4}$", e.Sender.Handle);
        Assert.DoesNotContain("5550006", e.Sender.Id.Value, StringComparison.Ordinal);
        Assert.Equal(SmsIdentity.Member("+15005550006"), e.Sender.Id);
        Assert.NotEqual(SmsIdentity.Member("+15005550007"), e.Sender.Id);
    }

    [Fact]
    public void Media_becomes_an_attachment_with_its_caption()
    {
        var e = ((SmsInbound.Message)SmsMapper.Map(Payload.Load("inbound-media"), null)).Event;

        var body = Assert.IsType<AttachmentBody>(e.Body);
        Assert.Equal(2, body.Links.Count);
        Assert.EndsWith(
            "/Media/ME00000000000000000000000000000000",
            body.Links[0],
            StringComparison.Ordinal
        );
        Assert.Equal("/add photo of the gas receipt", body.Caption);
    }

    [Fact]
    public void Stop_is_a_keyword_not_an_event()
    {
        var keyword = Assert.IsType<SmsInbound.Keyword>(
            SmsMapper.Map(Payload.Load("inbound-stop"), null)
        );

        Assert.Equal(SmsKeyword.OptOut, keyword.Kind);
        Assert.Equal(new ChatAddress("sms", "+15005550006"), keyword.Chat);
    }

    [Fact]
    public void The_default_group_travels_with_the_event()
    {
        var e = (
            (SmsInbound.Message)SmsMapper.Map(Payload.Load("inbound-text"), new GroupId("g1"))
        ).Event;

        Assert.Equal(new GroupId("g1"), e.DefaultGroup);
    }

    [Fact]
    public void A_form_without_message_sid_or_from_is_invalid()
    {
        var form = Payload.Load("inbound-text");
        form.Remove("MessageSid");
        form.Remove("SmsSid");

        Assert.IsType<SmsInbound.Invalid>(SmsMapper.Map(form, null));
    }
}
