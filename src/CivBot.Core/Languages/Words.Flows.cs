namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

/// <summary>Flows: <c>/flows</c>, <c>/flow</c>, a flow's own command (<c>/urgent</c>) and the urgent suggestion.</summary>
public abstract partial class Words
{
    /// <summary>A flow's command without a need: <c>/urgent</c> alone when the sender has no loop to move.</summary>
    public abstract string WhatDoYouNeed(string command);

    public abstract string AlreadyOnFlow(int loop, string flow);

    /// <summary>How to start a loop on a flow: "/urgent &lt;need&gt;", or "/flow rota, then /ask" when it has no command.</summary>
    public abstract string StartOn(string? command, string flowId);

    public abstract string OnlyAskerMovesFlow(string asker, int loop, string flow, string start);

    /// <summary><paramref name="window"/>: how long after an ask it may move, as "15m".</summary>
    public abstract string TooFarAlongToSwitch(int loop, string window, string start);

    public abstract string SwitchedFlow(
        int loop,
        string flow,
        string timeline,
        PhaseKind phase,
        Moment deadline
    );

    public abstract string SwitchedFlowForYou(int loop, string flow, string timeline);

    /// <summary>The urgent suggestion; <paramref name="command"/> is null when only the button switches.</summary>
    public abstract string SoundsUrgent(
        string asker,
        string? command,
        int loop,
        string flow,
        string timeline,
        string window
    );

    public abstract string SwitchToFlowButton(string flow);

    /// <summary>The urgent suggestion's line for channels without buttons (SMS): reply the command's word.</summary>
    public abstract string ReplyToSwitch(string word);

    public abstract string SoundsUrgentToYou(
        string command,
        string window,
        int loop,
        string flow,
        string timeline
    );

    public abstract string FlowsHeader { get; }

    public abstract string FlowLine(
        string title,
        string id,
        bool isDefault,
        string timeline,
        string start
    );

    public abstract string FlowsFooter { get; }

    /// <summary><c>/flow</c> alone; <paramref name="label"/> is null when the group has no flow yet.</summary>
    public abstract string NewLoopsRunOn(string? label);

    public abstract string NoSuchFlow(string what, string ids);

    public abstract string OptedOutTryAgain { get; }

    /// <summary><paramref name="stewards"/>: "ann or dan", or null when no open loop has a steward yet.</summary>
    public abstract string StewardChangesFlow(string? stewards);

    public abstract string AlreadyDefaultFlow(string flow);

    public abstract string FlowChosen(string flow, string timeline);
}
