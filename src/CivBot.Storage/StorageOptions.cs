namespace CivBot.Storage;

/// <summary>Where the SQLite file lives and how hard it is pushed to disk.</summary>
public sealed class StorageOptions
{
    public string DatabasePath { get; set; } = "civbot.db";

    /// <summary>
    /// SQLite <c>synchronous</c> pragma. NORMAL (default) in WAL mode never corrupts the file and fsyncs only at
    /// checkpoints, so a power cut (not a process crash) may lose the last few commits; platforms retry unacknowledged
    /// webhooks, but already-acknowledged events would be gone. FULL fsyncs every commit: nothing acknowledged is ever
    /// lost, at a large cost in throughput on slow disks.
    /// </summary>
    public string Synchronous { get; set; } = "NORMAL";

    /// <summary>The values <see cref="Synchronous"/> accepts (any case).</summary>
    public static readonly IReadOnlyList<string> SynchronousModes =
    [
        "OFF",
        "NORMAL",
        "FULL",
        "EXTRA",
    ];

    /// <summary>How many queued events of one group are committed together in one transaction.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// Send every due message in global id order, one at a time, instead of several chats in parallel. The playground
    /// wants this so a transcript reads in the order things happened; live channels want the parallelism.
    /// </summary>
    public bool DispatchInIdOrder { get; set; }

    /// <summary>
    /// How many chats of one channel are sent at the same time. Each channel's sender paces them to the platform's
    /// limits (Telegram: 1/s per chat, 30/s overall), so this only has to be high enough that those limits, not a slow
    /// chat, set the pace.
    /// </summary>
    public int ChatsInParallel { get; set; } = 32;

    /// <summary>How many pending outbox rows one dispatch pass looks at in id order (the playground's mode).</summary>
    public int DispatchBatch { get; set; } = 1000;
}
