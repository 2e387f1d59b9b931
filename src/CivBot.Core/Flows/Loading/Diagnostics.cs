using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>Collects every problem in one file, so an author can fix them all in one pass.</summary>
internal sealed class Diagnostics(string file)
{
    private readonly List<FlowError> _errors = [];

    public int Count => _errors.Count;

    public void Add(YamlNode node, string reason) => Add(LineOf(node), reason);

    public void Add(int line, string reason) => _errors.Add(new FlowError(file, line, reason));

    /// <summary>By line, keeping discovery order within a line (OrderBy is stable).</summary>
    public IReadOnlyList<FlowError> Errors => [.. _errors.OrderBy(e => e.Line)];

    public static int LineOf(YamlNode node) => (int)node.Start.Line;
}
