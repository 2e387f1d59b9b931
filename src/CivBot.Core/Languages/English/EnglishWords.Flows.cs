namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string WhatDoYouNeed(string command) =>
        $"What do you need? Write it after the command, e.g. /{command} Need a ride to the clinic on Main St before 5pm";

    public override string AlreadyOnFlow(int loop, string flow) =>
        $"#{loop} already runs on {flow}. /status #{loop} shows where it stands.";

    public override string StartOn(string? command, string flowId) =>
        command is not null ? $"/{command} <need>" : $"/flow {flowId}, then /ask";

    public override string OnlyAskerMovesFlow(string asker, int loop, string flow, string start) =>
        $"Only the asker ({asker}) can move #{loop} to {flow}. For a new loop on it: {start}";

    public override string TooFarAlongToSwitch(int loop, string window, string start) =>
        $"#{loop} is too far along to change flow (that works in its first {window}, before any vote). Start a new loop with {start}.";

    public override string SwitchedFlow(
        int loop,
        string flow,
        string timeline,
        PhaseKind phase,
        Moment deadline
    ) =>
        $"⏩ #{loop} now runs on {flow}: {timeline} start to finish. Everything added so far stays.\n"
        + $"{PhaseName(phase)} ends {When(deadline)}. Propose an option with /propose #{loop} <option>.";

    public override string SwitchedFlowForYou(int loop, string flow, string timeline) =>
        $"Done: #{loop} now runs on {flow} ({timeline} start to finish). I'll keep you posted here.";

    public override string SoundsUrgent(
        string asker,
        string? command,
        int loop,
        string flow,
        string timeline,
        string window
    ) =>
        $"⏱ Sounds urgent. {asker}, {(command is null ? "the button" : $"/{command}")} moves #{loop} to {flow}: {timeline} start to finish. Only if you want; it works for {window}.";

    public override string SwitchToFlowButton(string flow) => $"Switch to {flow}";

    public override string ReplyToSwitch(string word) => $"The asker can reply {word} to switch.";

    public override string SoundsUrgentToYou(
        string command,
        string window,
        int loop,
        string flow,
        string timeline
    ) =>
        $"Sounds urgent. Send /{command} within {window} to move #{loop} to {flow} ({timeline} start to finish).";

    public override string FlowsHeader => "Flows this group can use:";

    public override string FlowLine(
        string title,
        string id,
        bool isDefault,
        string timeline,
        string start
    ) =>
        $"• {title} ({id}{(isDefault ? ", the default here" : "")}): {timeline} start to finish. Start one: {start}";

    public override string FlowsFooter => "/flow <id> changes the default for new loops.";

    public override string NewLoopsRunOn(string? label) =>
        $"New loops here run on {label ?? "no flow yet"}. /flows lists the others; /flow <id> changes it.";

    public override string NoSuchFlow(string what, string ids) =>
        $"There's no flow \"{what}\". Flows here: {ids}. /flows says what each does.";

    public override string OptedOutTryAgain =>
        "You opted out of this group. /optin group brings you back, then try again.";

    public override string StewardChangesFlow(string? stewards) =>
        $"While loops are open, a steward ({stewards ?? "none yet"}) or a chat admin changes the default flow. Ask them, or /flows to see the options.";

    public override string AlreadyDefaultFlow(string flow) =>
        $"New loops already run on {flow}. /flows lists the others.";

    public override string FlowChosen(string flow, string timeline) =>
        $"New loops here now run on {flow}: {timeline} start to finish. Open loops keep theirs. Start one with /ask <need>.";
}
