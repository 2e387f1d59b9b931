using YamlDotNet.RepresentationModel;

namespace CivBot.Core.Flows.Loading;

internal sealed partial class FlowFileReader
{
    private IReadOnlyDictionary<FlowAction, IReadOnlyList<Actor>> ReadPermissions(YamlNode? node)
    {
        var result = new Dictionary<FlowAction, IReadOnlyList<Actor>>();
        var section = _read.Mapping(
            node,
            "permissions",
            "permissions",
            FlowNames.All<FlowAction>()
        );
        if (section is null)
            return result;
        foreach (var action in Enum.GetValues<FlowAction>())
        {
            var name = FlowNames.Of(action);
            var list = _read.List(section.Optional(name), name);
            if (list is null)
                continue;
            var actors = new List<Actor>();
            var unreadable = 0;
            foreach (var item in list.Children)
            {
                if (_read.Choice<Actor>(item, "actor") is not { } actor)
                    unreadable++;
                else if (!actors.Contains(actor))
                    actors.Add(actor);
            }
            // A typo already has its own error; judging the rest of the list would only repeat it.
            if (unreadable == 0 && CheckActors(action, actors, list))
                result[action] = actors;
        }
        return result;
    }

    private bool CheckActors(FlowAction action, List<Actor> actors, YamlSequenceNode list)
    {
        var name = FlowNames.Of(action);
        if (action == FlowAction.Audit && (actors.Count != 1 || actors[0] != Actor.Auditor))
        {
            _diagnostics.Add(
                list,
                "audit may only list auditor: the asker, steward and builders of a loop can never audit it (independent eyes)"
            );
            return false;
        }
        if (action is FlowAction.Next or FlowAction.Undo && actors.Count == 0)
        {
            _diagnostics.Add(
                list,
                $"{name} cannot be empty, or a loop could get stuck; list who may {name}, like [steward]"
            );
            return false;
        }
        return true;
    }
}
