using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public sealed class FlowCommandValidationTests
{
    [Fact]
    public void A_flow_may_declare_its_command_and_be_the_urgent_one()
    {
        var flow = FlowText.LoadValid(FlowText.Minimal + "\ncommand: rush\nurgent: true\n");
        Assert.Equal("rush", flow.Command);
        Assert.True(flow.Urgent);
    }

    [Fact]
    public void Without_the_keys_a_flow_has_no_command_and_is_not_urgent()
    {
        var flow = FlowText.LoadValid(FlowText.Minimal);
        Assert.Null(flow.Command);
        Assert.False(flow.Urgent);
    }

    [Fact]
    public void A_leading_slash_on_the_command_is_forgiven() =>
        Assert.Equal("rush", FlowText.LoadValid(FlowText.Minimal + "\ncommand: /rush\n").Command);

    [Theory]
    [InlineData("Rush")]
    [InlineData("two words")]
    [InlineData("rush-now")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_command_that_is_not_one_lowercase_word_is_refused(string command)
    {
        var error = FlowText.ErrorAt(FlowText.Minimal + $"\ncommand: {command}\n", 14, "command");
        Assert.Contains(
            "1 to 32 lowercase letters, digits or '_'",
            error.Reason,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("vote")]
    [InlineData("flows")]
    public void A_command_that_is_one_of_civbots_own_is_refused(string command) =>
        FlowText.ErrorAt(
            FlowText.Minimal + $"\ncommand: {command}\n",
            14,
            $"command '{command}' is already one of CivBot's own commands"
        );

    [Fact]
    public void Urgent_must_be_true_or_false() =>
        FlowText.ErrorAt(
            FlowText.Minimal + "\nurgent: yes please\n",
            14,
            "urgent should be true or false"
        );

    [Fact]
    public void Two_flows_with_one_command_and_two_urgent_flows_are_reported_on_the_later_file()
    {
        var dir = Directory.CreateTempSubdirectory("civbot-flows-").FullName;
        try
        {
            File.WriteAllText(
                Path.Combine(dir, "a-flow.yaml"),
                FlowText.Minimal.Replace("test-flow", "a-flow") + "\ncommand: rush\nurgent: true\n"
            );
            File.WriteAllText(
                Path.Combine(dir, "b-flow.yaml"),
                FlowText.Minimal.Replace("test-flow", "b-flow") + "\ncommand: rush\n"
            );
            File.WriteAllText(
                Path.Combine(dir, "c-flow.yaml"),
                FlowText.Minimal.Replace("test-flow", "c-flow") + "\nurgent: true\n"
            );

            var result = FlowLoader.LoadDirectory(dir);

            Assert.Equal(["a-flow"], result.Flows.Select(f => f.Id));
            Assert.Collection(
                result.Errors,
                e =>
                {
                    Assert.Equal((Path.Combine(dir, "b-flow.yaml"), 14), (e.File, e.Line));
                    Assert.StartsWith(
                        "command 'rush' is already used by flow 'a-flow'",
                        e.Reason,
                        StringComparison.Ordinal
                    );
                },
                e =>
                {
                    Assert.Equal((Path.Combine(dir, "c-flow.yaml"), 14), (e.File, e.Line));
                    Assert.StartsWith(
                        "flow 'a-flow' (a-flow.yaml) is already the one suggested for urgent asks",
                        e.Reason,
                        StringComparison.Ordinal
                    );
                }
            );
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_flows_declare_urgent_and_checks_and_one_urgent_flow()
    {
        var result = FlowLoader.LoadDirectory(Repo.Flows);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal("urgent", result.Flows.Single(f => f.Id == "urgent-ride").Command);
        Assert.Equal("checks", result.Flows.Single(f => f.Id == "listing-check").Command);
        Assert.Equal("urgent-ride", result.Flows.Single(f => f.Urgent).Id);
    }
}
