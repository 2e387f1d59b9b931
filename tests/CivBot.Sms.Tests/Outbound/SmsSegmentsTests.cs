namespace CivBot.Sms.Tests.Outbound;

using CivBot.Sms.Outbound;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(1, SmsEncoding.Gsm7, 1)]
    [InlineData(160, SmsEncoding.Gsm7, 1)]
    [InlineData(161, SmsEncoding.Gsm7, 2)]
    [InlineData(306, SmsEncoding.Gsm7, 2)]
    [InlineData(307, SmsEncoding.Gsm7, 3)]
    public void Gsm7_fits_160_alone_and_153_per_part(
        int length,
        SmsEncoding encoding,
        int segments
    ) => Assert.Equal((encoding, segments), SmsSegments.Count(new string('a', length)));

    [Fact]
    public void Extension_characters_cost_two()
    {
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(new string('€', 80)));
        Assert.Equal((SmsEncoding.Gsm7, 2), SmsSegments.Count(new string('[', 81)));
        Assert.Equal((SmsEncoding.Gsm7, 2), SmsSegments.Count(new string('a', 159) + "{"));
    }

    [Fact]
    public void Accented_letters_in_the_gsm_table_stay_gsm7() =>
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count("Café à Zürich, Ñoño"));

    [Fact]
    public void One_emoji_makes_the_whole_message_ucs2()
    {
        Assert.Equal((SmsEncoding.Ucs2, 1), SmsSegments.Count(new string('a', 68) + "😀"));
        Assert.Equal((SmsEncoding.Ucs2, 2), SmsSegments.Count(new string('a', 69) + "😀"));
        // protocols.md §3.6: 152 GSM characters and one emoji are three segments.
        Assert.Equal((SmsEncoding.Ucs2, 3), SmsSegments.Count(new string('a', 152) + "😀"));
    }

    [Fact]
    public void Ucs2_fits_70_alone_and_67_per_part()
    {
        Assert.Equal((SmsEncoding.Ucs2, 1), SmsSegments.Count(new string('ж', 70)));
        Assert.Equal((SmsEncoding.Ucs2, 2), SmsSegments.Count(new string('ж', 71)));
        Assert.Equal((SmsEncoding.Ucs2, 3), SmsSegments.Count(new string('ж', 135)));
    }

    [Fact]
    public void The_help_and_keyword_texts_are_one_gsm7_segment_each()
    {
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(SmsTexts.Help));
        // The Spanish texts avoid á, í, ó, ú (not in GSM-7), so they too cost one plain segment.
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(SmsTexts.HelpEs));
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(SmsTexts.OptedOutEs));
        Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(SmsTexts.OptedInEs));
    }
}
