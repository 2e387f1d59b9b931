namespace CivBot.Core.Tests.Commands;

using CivBot.Core.Commands;

public sealed class CommandParserTests
{
    [Fact]
    public void A_command_addressed_to_this_bot_is_parsed_without_the_bot_name()
    {
        var cmd = CommandParser.Parse("/Vote@CivBot 2", "civbot")!;
        Assert.Equal(("vote", "2", (int?)null), (cmd.Name, cmd.Args, cmd.Loop));
    }

    [Fact]
    public void A_command_addressed_to_another_bot_is_ignored() =>
        Assert.Null(CommandParser.Parse("/vote@OtherBot 2", "CivBot"));

    [Theory]
    [InlineData("/receipts #3 more", 3, "more")]
    [InlineData("/spend #12 6.40 USD gas", 12, "6.40 USD gas")]
    [InlineData("/add Room #4 is free #2", 2, "Room #4 is free")]
    public void A_loop_target_is_taken_from_anywhere_in_the_arguments(
        string text,
        int loop,
        string args
    )
    {
        var cmd = CommandParser.Parse(text)!;
        Assert.Equal(loop, cmd.Loop);
        Assert.Equal(args, cmd.Args);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData(" / vote")]
    [InlineData("/this_command_name_is_far_too_long_to_be_real")]
    public void Text_that_is_not_a_command_is_not_parsed(string text) =>
        Assert.Null(CommandParser.Parse(text));
}
