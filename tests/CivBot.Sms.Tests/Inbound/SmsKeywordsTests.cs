namespace CivBot.Sms.Tests.Inbound;

using CivBot.Sms.Inbound;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop  ")]
    [InlineData("STOPALL")]
    [InlineData("Unsubscribe")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("REVOKE")]
    [InlineData("optout")]
    public void Opt_out_words_opt_out(string body) =>
        Assert.Equal(SmsKeyword.OptOut, SmsKeywords.Of(body));

    [Theory]
    [InlineData("START")]
    [InlineData("yes")]
    [InlineData(" Unstop")]
    public void Opt_in_words_opt_in(string body) =>
        Assert.Equal(SmsKeyword.OptIn, SmsKeywords.Of(body));

    [Theory]
    [InlineData("HELP")]
    [InlineData("info ")]
    public void Help_words_ask_for_help(string body) =>
        Assert.Equal(SmsKeyword.Help, SmsKeywords.Of(body));

    [Theory]
    [InlineData("STOP PLEASE")]
    [InlineData("stop.")]
    [InlineData("please stop")]
    [InlineData("help me get to the clinic")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_keyword(string? body) => Assert.Null(SmsKeywords.Of(body));
}
