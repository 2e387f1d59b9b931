namespace CivBot.Core.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;

/// <summary>
/// Which language a group reads, for the texts written outside the engine (storage's own replies, the kit, the public
/// page): the same choice the engine makes for its own messages.
/// </summary>
public sealed partial class LoopEngine
{
    /// <summary>The group's choice (<c>/language</c>), else its flow's <c>language</c>, else <c>CivBot:Language</c>, else English.</summary>
    public Words LanguageOf(GroupState state) =>
        Words.Of(state.Language ?? FlowForNewLoops(state)?.Language ?? options.Language);

    /// <summary>
    /// The language to answer an event in: in a private chat the sender's (their choice, else their platform's
    /// locale), else the group's. Without a group: the sender's platform locale, else <c>CivBot:Language</c>.
    /// </summary>
    public Words LanguageOf(GroupState? state, InboundEvent e)
    {
        if (state is null)
            return Words.Find(e.Sender.Language) ?? Words.Of(options.Language);
        if (!e.IsPrivate)
            return LanguageOf(state);
        return Words.Find(state.Member(e.Sender.Id)?.Language)
            ?? Words.Find(e.Sender.Language)
            ?? LanguageOf(state);
    }

    /// <summary>The flow the group's new loops start on: its choice, else the deployment's default, else its first.</summary>
    internal FlowDefinition? FlowForNewLoops(GroupState state) =>
        (state.ChosenFlow is { } chosen ? flows.Current(chosen) : null)
        ?? flows.Current(options.DefaultFlowId)
        ?? flows.Current(state.FlowId);
}
