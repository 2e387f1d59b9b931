namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string AskWhat(string command) =>
        $"What do you need? Write it after the command, e.g. /{command} Need a ride to the clinic on Main St before 5pm";

    public override string AskTooLong(int max, int length) =>
        $"Please keep an ask under {max} characters (this one has {length}). Put the details in /add once it is open.";

    public override string OptedOutOfGroup =>
        "You opted out of this group. /optin group brings you back, then ask again.";

    public override string FlowUnavailable =>
        "This group's flow is not available right now, so I can't open a loop. Please tell whoever runs this bot.";

    public override string AskThanks(int loop, string asker) =>
        $"Thanks, your ask is loop #{loop} and the group can see it now (under your name {asker}). I'll keep you posted here.";

    public override string AddWhat(int loop) =>
        $"Add what? e.g. /add #{loop} The clinic closes at 5pm sharp, or send a photo or link.";

    public override string NoteTooLong(int max, int length) =>
        $"Please keep it under {max} characters (this one has {length}); split it into several /add messages.";

    public override string BeingAudited(int loop) =>
        $"#{loop} is being audited. The auditor records findings with /audit ok or /audit flag.";

    public override string Added(bool progress, int loop, string who, string text) =>
        $"{(progress ? "Progress" : "Added")} to #{loop} by {who}: {text}";

    public override string WhichLoopToSupport(int loop) =>
        $"Which loop do you support? e.g. /add #{loop} +1";

    public override string AlreadySupport(int loop, int supporters) =>
        $"You already support #{loop} ({supporters} in all).";

    public override string Supports(string who, int loop, int supporters) =>
        $"👍 {who} supports #{loop} ({supporters} in all).";

    public override string ProposeWhat(int loop) =>
        $"Propose what? e.g. /propose #{loop} Dan drives her at 4pm";

    public override string OptionTooLong =>
        "Please keep an option under 200 characters, so everyone can read the vote at a glance.";

    public override string NoOptionsDuringVote(int loop) =>
        $"The vote on #{loop} is already open, so new options must wait. If it ends without a decision you can propose again.";

    public override string OptionsFull =>
        "A vote can hold at most 9 options. Build on one of them with /add instead.";

    public override string OptionCap(int cap, int loop) =>
        $"You've proposed {Engine.Texts.Count(cap, "option", "options")} on #{loop}, the most one member can, so others get room too. Build on one with /add #{loop} <note>, or take one back with /undo.";

    public override string OptionDuplicate => "That option is already on the list.";

    public override string OptionProposed(
        int number,
        int loop,
        string who,
        string text,
        string? steward
    ) =>
        number == 1
            ? $"Option 1 for #{loop} from {who}: {text}\n{steward ?? "The steward"} (steward) opens the vote with /vote #{loop} when the options are in."
            : $"Option {number} for #{loop} from {who}: {text}";
}
