namespace CivBot.Storage.Pipeline;

using CivBot.Core.Engine;

/// <summary>A group's state as last committed, and the stored version it was committed as.</summary>
internal sealed record CachedGroup(GroupState State, long Version);
