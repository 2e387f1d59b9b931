namespace CivBot.Core.Engine;

using CivBot.Core.Model;

/// <summary>A proposed option, numbered from 1 in proposal order.</summary>
public sealed record LoopOption(
    int Number,
    string Text,
    MemberId ProposedBy,
    string ProposedByHandle
);
