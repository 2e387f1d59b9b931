namespace CivBot.Core.Tests.Privacy;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

public sealed class EmergencyTests
{
    [Theory]
    [InlineData("Please call 911, she fell")]
    [InlineData("112!")]
    [InlineData("dial 999 now")]
    [InlineData("911")]
    [InlineData("Someone call 112 please")]
    [InlineData("There's a fire in the kitchen")]
    [InlineData("medical emergency at the shelter")]
    [InlineData("call ９１１")]
    public void The_pointer_fires_on_emergency_words_and_numbers_used_as_numbers(string text) =>
        Assert.True(Emergency.Matches(FlowDefaults.Emergency, text));

    [Theory]
    [InlineData("Need a ride from 112 Main St to the clinic")]
    [InlineData("Drop-off at 999 Oak Ave")]
    [InlineData("pick up at 911 elm street")]
    [InlineData("room 112 at the library")]
    [InlineData("Need a ride to the clinic before 5pm")]
    [InlineData("order 9110 arrived")]
    public void The_pointer_stays_quiet_for_addresses_and_other_numbers(string text) =>
        Assert.False(Emergency.Matches(FlowDefaults.Emergency, text));
}
