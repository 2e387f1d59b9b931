namespace CivBot.Storage.Checkpoints;

/// <summary>The latest checkpoint signed and posted for a group: its signed note text, what it covers, and when.</summary>
public sealed record StoredCheckpoint(
    string Note,
    long TreeSize,
    string HeadHash,
    DateTimeOffset SignedAt
);
