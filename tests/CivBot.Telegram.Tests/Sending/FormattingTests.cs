namespace CivBot.Telegram.Tests.Sending;

using CivBot.Core.Replies;
using CivBot.Telegram.Sending;

public sealed class FormattingTests
{
    [Fact]
    public void Html_escaping_leaves_markdown_characters_literal_and_escapes_only_markup()
    {
        Assert.Equal("a &lt;b&gt; &amp; *c* _d_ [e](f)", HtmlText.Escape("a <b> & *c* _d_ [e](f)"));
    }

    [Fact]
    public void A_long_message_splits_at_line_breaks_into_parts_within_the_limit_and_loses_nothing()
    {
        var lines = Enumerable.Range(1, 600).Select(i => $"line {i:000} of the receipts");
        var text = string.Join('\n', lines);
        var parts = MessageSplitter.Split(text);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.MaxLength));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void A_single_huge_word_is_cut_hard_but_never_inside_a_surrogate_pair()
    {
        var text = new string('x', 4095) + "😀" + new string('y', 10);
        var parts = MessageSplitter.Split(text);
        Assert.Equal(4095, parts[0].Length);
        Assert.StartsWith("😀", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_become_one_inline_keyboard_row_each_and_oversized_payloads_are_refused()
    {
        var keyboard = InlineKeyboard.From([
            new ReplyButton("1) Eve drives", "v:1:1"),
            new ReplyButton("2) Taxi", "v:1:2"),
        ]);
        Assert.Equal(
            """{"inline_keyboard":[[{"text":"1) Eve drives","callback_data":"v:1:1"}],[{"text":"2) Taxi","callback_data":"v:1:2"}]]}""",
            System.Text.Json.JsonSerializer.Serialize(
                keyboard,
                global::Telegram.Bot.JsonBotAPI.Options
            )
        );
        Assert.Null(InlineKeyboard.From([]));
        Assert.Throws<ArgumentException>(() =>
            InlineKeyboard.From([new ReplyButton("x", new string('é', 33))])
        );
    }
}
