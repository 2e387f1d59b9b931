using CivBot.Core.Flows;

namespace CivBot.Core.Tests.Support;

/// <summary>Loads inline flow snippets as if they were the file <c>test-flow.yaml</c>.</summary>
public static class FlowText
{
    public const string File = "test-flow.yaml";

    /// <summary>The smallest valid flow; tests change one thing in a copy of it.</summary>
    public const string Minimal = """
        id: test-flow
        version: 1
        title: Test flow
        phases:
          - id: listen
            kind: listen
            duration: 1d
          - id: do
            kind: do
            duration: 2d
          - id: audit
            kind: audit
            duration: 1d
        """;

    public static FlowLoadResult Load(string yaml) => FlowLoader.LoadText(File, yaml);

    public static FlowDefinition LoadValid(string yaml)
    {
        var result = Load(yaml);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return Assert.Single(result.Flows);
    }

    /// <summary>Asserts the file was rejected with an error on <paramref name="line"/> whose reason contains every fragment.</summary>
    public static FlowError ErrorAt(string yaml, int line, params string[] fragments)
    {
        var result = Load(yaml);
        Assert.False(result.Ok, "expected the flow to be rejected");
        Assert.Empty(result.Flows);
        var all = string.Join("\n", result.Errors);
        var match = result.Errors.FirstOrDefault(e =>
            e.Line == line && fragments.All(f => e.Reason.Contains(f, StringComparison.Ordinal))
        );
        Assert.True(
            match is not null,
            $"no error on line {line} containing [{string.Join(", ", fragments)}]; got:\n{all}"
        );
        Assert.Equal(File, match.File);
        return match;
    }
}
