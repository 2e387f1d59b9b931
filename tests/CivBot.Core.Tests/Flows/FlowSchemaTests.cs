using System.Text.Json;
using System.Text.RegularExpressions;
using CivBot.Core.Flows;
using CivBot.Core.Tests.Support;

namespace CivBot.Core.Tests.Flows;

public class FlowSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(Repo.Flows, "flow.schema.json")))
        .RootElement;

    private static JsonElement Def(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static string[] Enum(JsonElement element) =>
        [.. element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    private static string[] Keys(JsonElement element) =>
        [.. element.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void The_schema_is_draft_2020_12_and_closed_to_unknown_keys()
    {
        Assert.Equal(
            "https://json-schema.org/draft/2020-12/schema",
            Schema.GetProperty("$schema").GetString()
        );
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
        foreach (var name in new[] { "phase", "vote", "builders", "collect", "audit" })
            Assert.False(Def(name).GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_enums_list_exactly_the_values_the_loader_accepts()
    {
        Assert.Equal(FlowNames.All<PhaseKind>(), Enum(Def("phaseKind")));
        Assert.Equal(FlowNames.All<VoteKind>(), Enum(Def("voteKind")));
        Assert.Equal(FlowNames.All<FlowAction>(), Enum(Def("action")));
        Assert.Equal(FlowNames.All<Actor>(), Enum(Def("actor")));
        Assert.Equal(
            FlowNames.All<FlowAction>(),
            Keys(Schema.GetProperty("properties").GetProperty("permissions"))
        );
        Assert.Equal(
            FlowDefinition.MessageKeys.Keys,
            Keys(Schema.GetProperty("properties").GetProperty("messages"))
        );
    }

    [Fact]
    public void The_schema_duration_pattern_agrees_with_the_parser()
    {
        var pattern = new Regex(
            Def("duration").GetProperty("pattern").GetString()!,
            RegexOptions.ECMAScript
        );

        foreach (
            var text in new[] { "30m", "6h", "2d", "1w", "1d12h", "1h30m", "1d 12h", "1w2d3h4m5s" }
        )
        {
            Assert.True(Durations.TryParse(text, out _), text);
            Assert.Matches(pattern, text);
        }
        foreach (var text in new[] { "", "2x", "2", "h", "30m1h", "1.5h", "-1h" })
        {
            Assert.False(Durations.TryParse(text, out _), text);
            Assert.DoesNotMatch(pattern, text);
        }
    }
}
