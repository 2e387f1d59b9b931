namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string ButtonVoteRecorded(string loop, string option) =>
        $"Vote for option {option} on #{loop} recorded";

    public override string GotIt => "Got it";

    public override string GotCommand(string command) => $"Got it: {command}";

    public override string FlowCommandDescription(string title) =>
        $"Open a loop on the {title} flow";

    protected override IReadOnlyDictionary<string, string> CommandDescriptions { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ask"] = "Open a loop for a need",
            ["add"] = "Add context or a link to a loop",
            ["propose"] = "Propose an option",
            ["vote"] = "Open the vote, or vote for an option",
            ["object"] = "Object in a consent vote",
            ["claim"] = "Volunteer to do it",
            ["spend"] = "Record a cost",
            ["done"] = "Report it done",
            ["audit"] = "Audit a loop (ok or flag)",
            ["check"] = "Submit a check",
            ["next"] = "Move a loop to its next phase (steward)",
            ["undo"] = "Undo the last reversible move (steward)",
            ["status"] = "Open loops and where they stand",
            ["roles"] = "Who holds which role, and who is next",
            ["receipts"] = "The trail of receipts",
            ["verify"] = "Check the receipt chain was not edited",
            ["kit"] = "The kit of a closed loop",
            ["optout"] = "Step out of a role, or of the group's loops (no roles or reminders)",
            ["optin"] = "Come back to a role or the group",
            ["name"] = "Choose the name CivBot calls you",
            ["join"] = "Join a group with its code",
            ["smscode"] = "The code SMS members text to join this group",
            ["withdraw"] = "End your ask when it is no longer needed",
            ["handoff"] = "Hand your role on a loop to the next by rotation",
            ["improve"] = "One thing to do better next time (goes in the kit)",
            ["timezone"] = "Show deadlines in your time zone",
            ["language"] = "Choose the language CivBot speaks here",
            ["flows"] = "The flows this group can run",
            ["flow"] = "Set the flow new loops start on",
            ["publish"] = "Propose a public receipts page (the group decides)",
            ["unpublish"] = "Take the public receipts page down",
            ["ai"] = "AI drafts: on (the group decides), off (a steward), or where things stand",
            ["draft"] = "An AI draft of a loop, checked against the receipts, not a receipt",
            ["link"] = "Link another chat into this group (admins)",
            ["links"] = "The chats this group spans",
            ["unlink"] = "Take this chat out of a linked group (admins)",
            ["me"] = "Your accounts on two channels as one member",
            ["help"] = "What CivBot can do",
        };

    protected override IReadOnlyDictionary<string, string> CommandArguments { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ask"] = "<need>",
            ["propose"] = "<option>",
            ["vote"] = "<n>",
            ["object"] = "<reason>",
            ["spend"] = "<amount> <currency> <what>",
            ["done"] = "<outcome>",
            ["audit"] = "ok|flag <note>",
            ["check"] = "<what>",
            ["receipts"] = "[#N]",
            ["kit"] = "[#N]",
            ["optout"] = "<role|group>",
            ["name"] = "<name>",
            ["join"] = "<code>",
            ["withdraw"] = "<why>",
            ["improve"] = "<text>",
            ["timezone"] = "America/Chicago",
            ["language"] = "es",
            ["flow"] = "<id>",
            ["draft"] = "[#N]",
            ["link"] = "[code|confirm]",
            ["me"] = "link [code] | unlink",
        };
}
