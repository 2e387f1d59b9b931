namespace CivBot.Core.Tests.Ai;

using CivBot.Core.Ai;
using static DraftFixture;

public sealed class DraftCheckerTests
{
    private static DraftCheck Check(string answer) => DraftChecker.Check(Request, answer);

    private static DraftCheck Summary(string text, params long[] cites) =>
        Check(Answer([(text, cites)]));

    [Fact]
    public void A_draft_that_quotes_counts_and_sums_as_the_receipts_do_passes()
    {
        var check = Check(Good);
        Assert.True(check.Passed, check.Problem);
        Assert.Equal(3, check.Draft!.Summary.Count);
        Assert.Equal([2L, 3, 4], check.Draft.Summary[1].Cites);
        Assert.Equal("Eve drives Ann at 4pm", check.Draft.Options[0].Text);
    }

    [Fact]
    public void A_quote_nobody_wrote_fails()
    {
        var check = Summary("Eve said \"I will drive for free\".", 2);
        Assert.False(check.Passed);
        Assert.Contains("not word for word", check.Problem);
    }

    [Fact]
    public void A_true_quote_from_a_receipt_the_sentence_does_not_cite_fails()
    {
        Assert.False(Summary("Eve wrote \"my car seats 3\".", 1).Passed);
        Assert.True(Summary("Eve wrote \"my car seats 3\".", 2).Passed);
    }

    [Fact]
    public void Curly_quotes_are_checked_like_straight_ones()
    {
        Assert.False(Summary("Eve wrote “my van seats 7”.", 2).Passed);
        Assert.True(Summary("Eve wrote “my car seats 3”.", 2).Passed);
    }

    [Fact]
    public void An_amount_that_is_neither_a_recorded_spend_nor_the_total_fails()
    {
        var check = Summary("Fay spent 15 EUR on a taxi deposit.", 5);
        Assert.False(check.Passed);
        Assert.Contains("15 EUR", check.Problem);
        Assert.False(Summary("Fay spent €20 on a taxi deposit.", 5).Passed);
        Assert.True(Summary("Fay spent €12.5 on a taxi deposit.", 5).Passed);
    }

    [Fact]
    public void An_amount_in_another_currency_than_the_spend_fails()
    {
        Assert.False(Summary("Fay spent 12.50 USD on a taxi deposit.", 5).Passed);
    }

    [Fact]
    public void Inverted_vote_counts_fail()
    {
        var check = Summary("Option 1 has 1 vote and option 2 has 3 votes.", 3, 4);
        Assert.False(check.Passed);
        Assert.Contains("the tally says", check.Problem);
    }

    [Fact]
    public void Counts_spelled_out_in_words_are_held_to_the_tally_like_digits()
    {
        var inverted = Summary("Option 1 has one vote and option 2 has three votes.", 3, 4);
        Assert.False(inverted.Passed);
        Assert.Contains("the tally says", inverted.Problem);
        Assert.True(Summary("Option 1 has three votes and option 2 has one vote.", 3, 4).Passed);
        Assert.False(Summary("Seven votes are in so far.", 3).Passed);
        Assert.True(Summary("Four ballots are in so far.", 3).Passed);
    }

    [Fact]
    public void A_vote_count_without_an_option_must_be_in_the_tally()
    {
        Assert.True(Summary("4 ballots are in so far.", 3).Passed);
        Assert.False(Summary("7 votes are in so far.", 3).Passed);
    }

    [Theory]
    [InlineData("Option 1 has 99999999999999999999 votes.")]
    [InlineData("Option 99999999999999999999 has 3 votes.")]
    [InlineData("It costs 99999999999999999999999999999999 EUR.")]
    public void Numbers_too_large_to_read_fail_without_throwing(string text)
    {
        Assert.False(Summary(text, 3).Passed);
    }

    [Fact]
    public void A_number_no_cited_receipt_holds_fails()
    {
        var check = Summary("Eve can drive after 4pm and take 5 people.", 2);
        Assert.False(check.Passed);
        Assert.Contains("the number 5", check.Problem);
    }

    [Fact]
    public void A_cite_that_is_not_a_receipt_of_the_loop_fails()
    {
        var check = Summary("Ann needs a ride.", 1, 99);
        Assert.False(check.Passed);
        Assert.Contains("r#99", check.Problem);
    }

    [Fact]
    public void A_summary_sentence_without_cites_fails()
    {
        Assert.False(Summary("Ann needs a ride.").Passed);
    }

    [Fact]
    public void A_receipt_named_in_the_text_must_be_cited()
    {
        Assert.False(Summary("Ann needs a ride (r#4).", 1).Passed);
        Assert.True(Summary("Ann needs a ride (r#1).", 1).Passed);
    }

    [Fact]
    public void An_option_the_loop_does_not_have_fails()
    {
        Assert.False(Summary("Option 3 is the cheapest.", 3).Passed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sure! Here is a summary of the loop.")]
    [InlineData("{\"summary\":[{\"text\":\"Ann needs a ride\",\"cites\":[1]}]")]
    [InlineData("{\"summary\":\"Ann needs a ride\",\"options\":[]}")]
    [InlineData(
        "{\"summary\":[{\"text\":\"Ann needs a ride\",\"cites\":[\"r#1\"]}],\"options\":[]}"
    )]
    [InlineData("{\"summary\":[{\"text\":\"Ann needs a ride\",\"cites\":[1]}]}")]
    [InlineData("[1,2,3]")]
    public void Anything_but_the_json_asked_for_fails(string answer)
    {
        Assert.False(Check(answer).Passed);
    }

    [Fact]
    public void More_than_three_options_fail()
    {
        var four = Answer(
            [("Ann needs a ride.", [1])],
            [("Eve drives", []), ("A taxi", []), ("A bus", []), ("Walk", [])]
        );
        Assert.False(Check(four).Passed);
    }

    [Fact]
    public void An_unclosed_quotation_mark_fails()
    {
        Assert.False(Summary("Eve said \"I can drive after 4pm.", 2).Passed);
    }

    [Fact]
    public void After_the_vote_a_count_must_be_the_one_the_decision_receipt_gives_that_option()
    {
        var closed = Request with
        {
            Facts = Request.Facts with { VoteOpen = false, Ballots = 0 },
            Receipts =
            [
                .. Request.Receipts,
                new DraftReceipt(
                    6,
                    "decision",
                    "CivBot",
                    "Decided: option 1, Eve drives (3 of 4 votes)"
                ),
            ],
        };
        DraftCheck Closed(string text) => DraftChecker.Check(closed, Answer([(text, [3, 4, 6])]));
        Assert.True(Closed("Option 1 won with 3 votes of 4.").Passed);
        Assert.False(Closed("Option 2 won with 3 votes of 4.").Passed);
        Assert.False(Closed("Option 1 won with 5 votes.").Passed);
    }
}
