namespace CivBot.Storage;

/// <summary>Which database (a SQLite file, or PostgreSQL when <see cref="Postgres"/> is set) and how it is used.</summary>
public sealed class StorageOptions
{
    public string DatabasePath { get; set; } = "civbot.db";

    /// <summary>
    /// A Npgsql connection string (<c>CivBot:Postgres</c>). When set, CivBot runs on PostgreSQL and several instances
    /// may share the database; <see cref="DatabasePath"/> and <see cref="Synchronous"/> are then not used.
    /// </summary>
    public string? Postgres { get; set; }

    public Database.StorageProvider Provider =>
        string.IsNullOrWhiteSpace(Postgres)
            ? Database.StorageProvider.Sqlite
            : Database.StorageProvider.Postgres;

    /// <summary>This process's name in claims (outbox rows, timers): unique per running instance.</summary>
    public string InstanceId { get; set; } =
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// How long a claim on an outbox chat or a due timer holds without being renewed. An instance that dies leaves its
    /// claims behind; another instance takes them over once this has passed. The dispatcher renews a chat's claim
    /// before every send and every third of this while a send lasts (waiting on a platform's rate limit).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

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
