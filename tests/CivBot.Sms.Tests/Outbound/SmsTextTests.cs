namespace CivBot.Sms.Tests.Outbound;

using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Core.Replies;
using CivBot.Sms.Outbound;

public sealed class SmsTextTests
{
    private static OutboundMessage Message(Reply reply, string? mention = null) =>
        new(
            1,
            new ChatAddress("sms", "+15005550006"),
            null,
            true,
            "dana",
            mention,
            reply,
            null,
            null
        );

    [Fact]
    public void Decorative_emoji_and_typographic_marks_give_way_to_gsm7()
    {
        var text = SmsText.Render(
            Message(Reply.Plain("🗳 Vote on #1 — closes in 10m\n1) Eve drives him — 0\n✅ done…"))
        );

        Assert.Equal("Vote on #1 - closes in 10m\n1) Eve drives him - 0\ndone...", text);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(text).Encoding);
    }

    [Fact]
    public void Buttons_become_their_text_fallback()
    {
        var reply = new Reply("Vote on #1", [new ReplyButton("1", "v:1:1")], "Reply 1 or 2");

        Assert.Equal("Vote on #1\nReply 1 or 2", SmsText.Render(Message(reply)));
    }

    [Fact]
    public void Symbols_that_carry_meaning_stay() =>
        Assert.Equal("It is 5°C (c) ok", SmsText.ToGsmFriendly("It is 5°C (c) ok"));

    [Fact]
    public void Long_texts_split_below_1600_at_a_line_or_a_space()
    {
        var line = new string('x', 99);
        var text = string.Join('\n', Enumerable.Repeat(line, 40));

        var parts = SmsSplitter.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= 1600));
        Assert.All(parts, p => Assert.StartsWith("x", p, StringComparison.Ordinal));
        Assert.Equal(
            text.Replace("\n", "", StringComparison.Ordinal),
            string.Concat(parts).Replace("\n", "", StringComparison.Ordinal)
        );
        Assert.Single(SmsSplitter.Split(new string('y', 1600)));
    }
}
