using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class MessageValidationTests
{
    private static string With(string messages) => FlowText.Minimal + "\nmessages:\n" + messages;

    [Fact]
    public void An_unknown_message_key_lists_the_valid_keys()
    {
        var error = FlowText.ErrorAt(
            With("  loop_open: \"Hi\"\n"),
            15,
            "unknown message key 'loop_open'"
        );

        Assert.Equal(
            "unknown message key 'loop_open' (did you mean 'loop_opened'?); valid keys are loop_opened, vote_opened, decision, do_started, audit_started, closed and collect_started",
            error.Reason
        );
    }

    [Fact]
    public void A_placeholder_the_message_cannot_fill_lists_the_allowed_ones()
    {
        var error = FlowText.ErrorAt(
            With("  vote_opened: \"Vote on #{loop} from {asker} until {deadline}\"\n"),
            15,
            "{asker}"
        );

        Assert.Equal(
            "message 'vote_opened' cannot fill {asker}; use {loop}, {ask} or {deadline}",
            error.Reason
        );
    }

    [Fact]
    public void Every_placeholder_may_come_from_its_own_key()
    {
        var flow = FlowText.LoadValid(
            With(
                "  collect_started: \"#{loop}: {quota} checks each by {deadline}\"\n  closed: Done with {ask}\n"
            )
        );

        Assert.Equal("Done with {ask}", flow.Messages["closed"]);
        Assert.Equal(2, flow.Messages.Count);
    }

    [Fact]
    public void Messages_must_be_a_mapping()
    {
        FlowText.ErrorAt(
            FlowText.Minimal + "\nmessages: [hello]\n",
            14,
            "'messages' should be a mapping"
        );
    }
}
