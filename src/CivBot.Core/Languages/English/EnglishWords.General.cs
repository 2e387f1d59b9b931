namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class EnglishWords
{
    public override string PrivateHint =>
        "Hi, I'm CivBot, a bot. To ask your group for help, start with /ask, e.g. /ask Need a ride to the clinic before 5pm. /help lists everything else.";

    public override string UnknownCommand(string name, string? guess, string flowCommands) =>
        guess is not null ? $"I don't know /{name}. Did you mean /{guess}? /help lists everything."
        : flowCommands.Length > 0
            ? $"I don't know /{name}. /help lists what I can do; /flows the loops this group can run ({flowCommands})."
        : $"I don't know /{name}. /help lists what I can do.";

    public override string Welcome(string handle) =>
        $"Welcome, {handle}! I'm CivBot, a bot that helps this group turn asks into small actions with receipts. /help shows how.";

    public override string About(int count, TimeUnit kind) =>
        (count, kind) switch
        {
            (<= 1, TimeUnit.Minute) => "about a minute",
            (<= 1, TimeUnit.Hour) => "about an hour",
            (<= 1, TimeUnit.Day) => "about a day",
            (<= 1, TimeUnit.Week) => "about a week",
            (_, TimeUnit.Minute) => $"about {count} minutes",
            (_, TimeUnit.Hour) => $"about {count} hours",
            (_, TimeUnit.Day) => $"about {count} days",
            _ => $"about {count} weeks",
        };

    public override string PhaseName(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "Listen",
            PhaseKind.Deliberate => "Deliberate",
            PhaseKind.Do => "Do",
            PhaseKind.Collect => "Collect",
            PhaseKind.Audit => "Audit",
            _ => kind.ToString(),
        };

    public override string PhaseMeaning(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "hearing the need and ideas",
            PhaseKind.Deliberate => "choosing what to do",
            PhaseKind.Do => "carrying out the decision",
            PhaseKind.Collect => "everyone sends checks",
            PhaseKind.Audit => "someone independent checks the receipts",
            _ => "",
        };

    public override string WhatNow(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen =>
                "Add context with /add, +1 it, propose options with /propose; the steward moves on with /next.",
            PhaseKind.Deliberate =>
                "Propose with /propose; the steward opens the vote with /vote; then /vote <n>.",
            PhaseKind.Do =>
                "Builders /claim, record /spend and progress (/add), and report /done <outcome>.",
            PhaseKind.Collect => "Send your checks with /check <what you checked>.",
            PhaseKind.Audit =>
                "The auditor checks the receipts and replies /audit ok <note> or /audit flag <problem>.",
            _ => "",
        };

    public override string Members => "members";

    public override string TheAsker(string handle) => $"the asker ({handle})";

    public override string TheSteward(string handle) => $"the steward ({handle})";

    public override string TheStewardRole => "the steward";

    public override string NoBuilderYet => "a builder (nobody has claimed it yet: /claim)";

    public override string TheBuilders(string handles) => $"the builders ({handles})";

    public override string TheAuditor(string handle) => $"the auditor ({handle})";

    public override string Someone => "someone";

    public override string NobodyYet => "nobody yet";

    public override string VoteKindName(VoteKind kind) =>
        kind switch
        {
            VoteKind.Single => "single choice",
            VoteKind.Approval => "approval",
            VoteKind.Consent => "consent",
            _ => kind.ToString(),
        };

    public override string VoteUsage(VoteKind kind, int loop, int options, int consentOption) =>
        kind switch
        {
            VoteKind.Approval =>
                $"Vote with the numbers you approve, e.g. /vote #{loop} 1 3 (options 1 to {options}).",
            VoteKind.Consent =>
                $"Consent with /vote #{loop} {consentOption}, or object with /object #{loop} <reason>.",
            _ when options == 1 => $"Vote with /vote #{loop} 1.",
            _ => $"Vote with one number from 1 to {options}, e.g. /vote #{loop} 1.",
        };

    public override string LoopOpened(
        int loop,
        string asker,
        string ask,
        string? steward,
        PhaseKind phase,
        Moment deadline
    ) =>
        $"📣 New ask #{loop} from {asker}: {ask}\n"
        + (
            steward is null
                ? "Nobody is free to steward it yet. "
                : $"Steward: {steward} (by rotation; keeps it moving). "
        )
        + $"{PhaseName(phase)} ({PhaseMeaning(phase)}) ends {When(deadline)}. Add context with /add #{loop}, +1 it, or /propose #{loop} <option>.";

    public override string StewardPicked(int loop, string ask) =>
        $"You are the steward of #{loop}: {ask}. Keep it small and fair: /next moves it on, /vote opens the vote, /undo reverts your last move. Can't do it? /handoff #{loop} hands it on.";

    public override string ButtonGone =>
        "That button is no longer active. /status shows what is open now.";

    public override string AttachmentWithoutLoop =>
        "Got your attachment. To put it on a loop, send it again with a caption such as \"/add #1 photo of the receipt\".";

    public override string NoVoteOpen =>
        "There is no vote open right now. /status shows where things stand.";

    public override string SeveralVotesOpen(int loop, string numbers) =>
        $"Several votes are open; say which, e.g. /vote #{loop} {numbers}.";

    public override string LoopIsClosed(int loop) =>
        $"Loop #{loop} is closed. Its receipts: /receipts #{loop} · its kit: /kit #{loop}";

    public override string NoSuchLoopYet(int loop, string openNow) =>
        $"There is no loop #{loop} yet. {openNow}";

    public override string NoLoopOpenStartOne =>
        "No loop is open right now. Start one with /ask <what you need>.";

    public override string SayWhichLoop(string example, string openNow) =>
        $"Several loops are open, so please say which one, e.g. {example}. {openNow}";

    public override string OpenNow(string loops) => $"Open now: {loops}";

    public override string LanguageIs(string name, bool forYou, string codes) =>
        forYou
            ? $"I write to you in {name}. To change it: /language followed by one of {codes}, e.g. /language es."
            : $"This group reads me in {name}. To change it: /language followed by one of {codes}, e.g. /language es.";

    public override string LanguageUnknown(string what, string codes) =>
        $"I don't speak \"{what}\" yet. Choose one of {codes}, e.g. /language es.";

    public override string LanguageSetForYou() =>
        "Done: I'll write to you in English. /language es switches to Spanish.";

    public override string LanguageSetForGroup(string who) =>
        $"🗣 {who} set this group's language to English. /help shows what I can do.";

    public override string TimeZoneIs(string zone, string localNow) =>
        $"Times here are shown in {zone} (it's {localNow} there). To change it: /timezone America/Chicago, or another IANA name.";

    public override string TimeZoneUnknown(string what) =>
        $"I don't know the time zone \"{what}\". Use an IANA name such as America/Chicago, Europe/Berlin or Africa/Nairobi.";

    public override string TimeZoneSet(string who, string zone, string localNow) =>
        $"🕒 {who} set this group's time zone to {zone}: it's {localNow} there, and deadlines are shown in that time.";
}
