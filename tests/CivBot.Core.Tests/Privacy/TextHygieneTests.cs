namespace CivBot.Core.Tests.Privacy;

using CivBot.Core.Privacy;

public sealed class TextHygieneTests
{
    [Fact]
    public void Bidi_controls_are_removed_so_a_receipt_reads_as_it_was_typed()
    {
        // U+202E would show "gas 05.21" as "gas 12.50".
        Assert.Equal("gas 05.21", TextHygiene.Clean("gas \u202E05.21\u202C"));
        Assert.Equal("abc", TextHygiene.Clean("\u2066a\u2067b\u2068c\u2069"));
        Assert.Equal("abc", TextHygiene.Clean("\u202Aa\u202Bb\u202Dc"));
    }

    [Fact]
    public void Zero_width_and_invisible_format_characters_are_removed()
    {
        Assert.Equal("Ann", TextHygiene.Clean("A\u200Bn\u200Cn\u2060\uFEFF"));
        Assert.Equal("soft", TextHygiene.Clean("so\u00ADft"));
        Assert.Equal("ab", TextHygiene.Clean("a\u200Db"));
    }

    [Fact]
    public void The_zero_width_joiner_inside_an_emoji_sequence_stays()
    {
        const string family = "👩\u200D👩\u200D👧";
        const string healthWorker = "👩\u200D⚕\uFE0F";
        Assert.Equal($"thanks {family}", TextHygiene.Clean($"thanks {family}"));
        Assert.Equal(healthWorker, TextHygiene.Clean(healthWorker));
    }

    [Fact]
    public void Text_is_put_in_NFC_so_one_letter_has_one_spelling()
    {
        var decomposed = "Jose\u0301";
        var clean = TextHygiene.Clean(decomposed);
        Assert.Equal("Jos\u00E9", clean);
        Assert.Equal("Tr\u1EC7n", TextHygiene.Clean("Tre\u0323\u0302n"));
    }
}
