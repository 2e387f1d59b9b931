using CivBot.Core.Flows;

namespace CivBot.Core.Tests.Flows;

public class DurationsTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("30m", 30 * 60)]
    [InlineData("6h", 6 * 3600)]
    [InlineData("2d", 2 * 86400)]
    [InlineData("1w", 7 * 86400)]
    [InlineData("1d12h", 86400 + 12 * 3600)]
    [InlineData("1h30m", 3600 + 30 * 60)]
    [InlineData("1w2d3h4m5s", 9 * 86400 + 3 * 3600 + 4 * 60 + 5)]
    [InlineData("1d 12h", 86400 + 12 * 3600)]
    [InlineData("90m", 90 * 60)]
    public void Valid_durations_parse_to_their_length(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("0m")]
    [InlineData("0d0h")]
    [InlineData("1d0h")]
    [InlineData("-1h")]
    [InlineData("2x")]
    [InlineData("2")]
    [InlineData("h")]
    [InlineData("1.5h")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("1H")]
    [InlineData(" 1h")]
    [InlineData("1h ")]
    [InlineData("1d  12h")]
    [InlineData("99999999999999999999d")]
    [InlineData("2147483647w")]
    public void Anything_else_is_not_a_duration(string text)
    {
        Assert.False(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Fact]
    public void Null_is_not_a_duration() => Assert.False(Durations.TryParse(null, out _));

    [Theory]
    [InlineData(36 * 3600, "1d 12h")]
    [InlineData(45 * 60, "45m")]
    [InlineData(2 * 86400, "2d")]
    [InlineData(30, "30s")]
    [InlineData(14 * 86400, "2w")]
    [InlineData(8 * 86400 + 60, "1w 1d 1m")]
    [InlineData(0, "0s")]
    [InlineData(-90 * 60, "-1h 30m")]
    public void Durations_format_with_the_largest_units_first_and_zero_parts_left_out(
        int seconds,
        string expected
    ) => Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("1d12h")]
    [InlineData("1w2d3h4m5s")]
    [InlineData("45m")]
    public void Formatted_durations_parse_back_to_the_same_length(string text)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.True(Durations.TryParse(Durations.Format(value), out var again));
        Assert.Equal(value, again);
    }
}
