namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

/// <summary>The general texts: greetings, unknown commands, phases and roles, the language and time zone settings.</summary>
public abstract partial class Words
{
    /// <summary>A private message that is not a command.</summary>
    public abstract string PrivateHint { get; }

    /// <summary>An unknown command, with the closest known one, or the flows' commands, when there are.</summary>
    public abstract string UnknownCommand(string name, string? guess, string flowCommands);

    public abstract string Welcome(string handle);

    /// <summary>"about 2 hours": a length in plain words, <paramref name="count"/> the rounded number of <paramref name="kind"/>.</summary>
    public abstract string About(int count, TimeUnit kind);

    public abstract string PhaseName(PhaseKind kind);

    /// <summary>What a phase is for, in a few plain words.</summary>
    public abstract string PhaseMeaning(PhaseKind kind);

    /// <summary>What members can do now in a phase.</summary>
    public abstract string WhatNow(PhaseKind kind);

    public abstract string Members { get; }

    public abstract string TheAsker(string handle);

    public abstract string TheSteward(string handle);

    /// <summary>"the steward", when nobody holds the role.</summary>
    public abstract string TheStewardRole { get; }

    public abstract string NoBuilderYet { get; }

    public abstract string TheBuilders(string handles);

    public abstract string TheAuditor(string handle);

    public abstract string Someone { get; }

    public abstract string NobodyYet { get; }

    public abstract string VoteKindName(VoteKind kind);

    /// <summary>How to vote on loop <paramref name="loop"/> with <paramref name="options"/> options.</summary>
    public abstract string VoteUsage(VoteKind kind, int loop, int options, int consentOption);

    public abstract string LoopOpened(
        int loop,
        string asker,
        string ask,
        string? steward,
        PhaseKind phase,
        Moment deadline
    );

    public abstract string StewardPicked(int loop, string ask);

    public abstract string ButtonGone { get; }

    public abstract string AttachmentWithoutLoop { get; }

    public abstract string NoVoteOpen { get; }

    public abstract string SeveralVotesOpen(int loop, string numbers);

    // ---- Which loop ----

    public abstract string LoopIsClosed(int loop);

    public abstract string NoSuchLoopYet(int loop, string openNow);

    public abstract string NoLoopOpenStartOne { get; }

    /// <summary>"Several loops are open, so please say which one, e.g. /vote #3 2. Open now: …"</summary>
    public abstract string SayWhichLoop(string example, string openNow);

    /// <summary>"Open now: #1 Need a ride (listen), #2 …"</summary>
    public abstract string OpenNow(string loops);

    // ---- /language ----

    public abstract string LanguageIs(string name, bool forYou, string codes);

    public abstract string LanguageUnknown(string what, string codes);

    public abstract string LanguageSetForYou();

    public abstract string LanguageSetForGroup(string who);

    // ---- /timezone ----

    public abstract string TimeZoneIs(string zone, string localNow);

    public abstract string TimeZoneUnknown(string what);

    public abstract string TimeZoneSet(string who, string zone, string localNow);
}

/// <summary>The units a flow's length is told in ("about 2 hours").</summary>
public enum TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
}
