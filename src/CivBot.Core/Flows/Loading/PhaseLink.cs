namespace CivBot.Core.Flows.Loading;

/// <summary>One way a loop can move from phase <paramref name="From"/>: the key that says so, where it goes, and its line.</summary>
internal sealed record PhaseLink(string? From, string Key, string Target, int Line);
