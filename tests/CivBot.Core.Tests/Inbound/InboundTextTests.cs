namespace CivBot.Core.Tests.Inbound;

using CivBot.Core.Inbound;
using CivBot.Core.Model;

public sealed class InboundTextTests
{
    [Theory]
    [InlineData("Need a ride", "Need a ride")]
    [InlineData("pair 😀 kept", "pair 😀 kept")]
    [InlineData("nul\0 bell\a esc\u001b del\u007f c1\u0085", "nul bell esc del c1")]
    [InlineData("line\r\nbreaks\rand\ttabs\nkept", "line\nbreaks\nand\ttabs\nkept")]
    public void Text_comes_out_valid_printable_unicode_with_line_breaks_and_tabs_kept(
        string text,
        string expected
    ) => Assert.Equal(expected, InboundText.Clean(text));

    // Attributes cannot carry a lone surrogate (they are stored as UTF-8), so these are built here.
    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character()
    {
        Assert.Equal("lone \uFFFD high", InboundText.Clean("lone \uD800 high"));
        Assert.Equal("lone \uFFFD low", InboundText.Clean("lone \uDC00 low"));
        Assert.Equal("ends high \uFFFD", InboundText.Clean("ends high \uD83D"));
        Assert.Equal("\uFFFD\uFFFD", InboundText.Clean("\uDC00\uD800"));
    }

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        const string text = "Ride to the clinic\nat 5";
        Assert.Same(text, InboundText.Clean(text));
    }

    [Fact]
    public void Every_text_an_event_carries_is_cleaned_the_handle_included()
    {
        var inbound = new InboundEvent(
            new ChatAddress("telegram", "1"),
            new Sender(new MemberId("telegram:1"), "an\0n"),
            "1",
            new AttachmentBody(["https://x\0/a"], "cap\uD800")
        );

        var clean = InboundText.Clean(inbound);

        Assert.Equal("ann", clean.Sender.Handle);
        var body = Assert.IsType<AttachmentBody>(clean.Body);
        Assert.Equal("cap\uFFFD", body.Caption);
        Assert.Equal(["https://x/a"], body.Links);
    }
}
