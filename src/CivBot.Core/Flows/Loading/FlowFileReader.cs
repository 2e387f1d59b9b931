using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

/// <summary>Reads one flow file into a <see cref="FlowDefinition"/>, or into the list of everything wrong with it.</summary>
internal sealed partial class FlowFileReader
{
    private static readonly string[] TopKeys =
    [
        "id",
        "version",
        "title",
        "description",
        "phases",
        "permissions",
        "emergency",
        "messages",
        "command",
        "urgent",
        "time_zone",
        "language",
    ];

    private readonly string _file;
    private readonly string _yaml;
    private readonly Diagnostics _diagnostics;
    private readonly NodeReader _read;
    private readonly List<PhaseLink> _links = [];

    private FlowFileReader(string file, string yaml)
    {
        _file = file;
        _yaml = yaml;
        _diagnostics = new Diagnostics(file);
        _read = new NodeReader(_diagnostics);
    }

    public static (FlowDefinition? Flow, IReadOnlyList<FlowError> Errors) Read(
        string file,
        string yaml
    )
    {
        var reader = new FlowFileReader(file, yaml);
        var flow = reader.ReadFlow();
        return reader._diagnostics.Count == 0 ? (flow, []) : (null, reader._diagnostics.Errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex FlowIdPattern();

    private FlowDefinition? ReadFlow()
    {
        var root = YamlText.Root(_yaml, _diagnostics);
        if (root is null)
            return null;
        if (root is not YamlMappingNode mapping)
        {
            _diagnostics.Add(
                root,
                $"a flow file should be a mapping of keys (id, version, title, phases…), not {NodeReader.Describe(root)}"
            );
            return null;
        }
        var flow = new Section(mapping, "the flow", TopKeys, _diagnostics);

        var id = ReadId(flow);
        var version = _read.Integer(
            flow.Required("version", "a whole number, 1 for a new flow"),
            "version",
            1
        );
        var title = _read.Text(flow.Required("title", "a short name people will see"), "title");
        var description =
            _read.Text(flow.Optional("description"), "description", allowEmpty: true)?.Trim() ?? "";
        var phases = ReadPhases(flow);
        var permissions = ReadPermissions(flow.Optional("permissions"));
        var emergency = ReadEmergency(flow.Optional("emergency"));
        var messages = ReadMessages(flow.Optional("messages"));
        var command = ReadCommand(flow.Optional("command"));
        var urgent = flow.Has("urgent") ? ReadFlag(flow.Optional("urgent"), "urgent") : false;
        var timeZone = ReadTimeZone(flow.Optional("time_zone"));
        var language = ReadLanguage(flow.Optional("language"));

        if (phases is not null)
            new PhaseRules(
                phases,
                _links,
                _diagnostics,
                flow.Optional("phases") ?? flow.Node
            ).Check();

        if (
            _diagnostics.Count > 0
            || id is null
            || version is null
            || title is null
            || phases is null
            || urgent is null
        )
            return null;
        return new FlowDefinition(
            id,
            version.Value,
            title,
            description,
            [.. phases.Select(Build)],
            permissions,
            emergency,
            messages,
            _file,
            _yaml,
            command,
            urgent.Value,
            timeZone,
            language
        );
    }

    private string? ReadId(Section flow)
    {
        var node = flow.Required("id", "the flow's name, the same as the file name");
        var id = _read.Text(node, "id");
        if (id is null)
            return null;
        if (!FlowIdPattern().IsMatch(id))
        {
            _diagnostics.Add(
                node!,
                $"id '{id}' should use only lowercase letters, digits and '-', like cociv-loop"
            );
            return null;
        }
        var expected = Path.GetFileNameWithoutExtension(_file);
        if (id != expected)
        {
            _diagnostics.Add(
                node!,
                $"id '{id}' must match the file name; rename the file to {id}.yaml or set id: {expected}"
            );
            return null;
        }
        return id;
    }

    // Only called when the whole file read cleanly, so every part is present.
    private static PhaseDefinition Build(PhaseDraft draft) =>
        new(
            draft.Id!,
            draft.Kind!.Value,
            draft.Duration!.Value,
            draft.Next!,
            draft.Line,
            draft.Vote,
            draft.Builders,
            draft.Audit,
            draft.Collect
        );
}
