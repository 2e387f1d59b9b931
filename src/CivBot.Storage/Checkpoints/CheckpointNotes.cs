namespace CivBot.Storage.Checkpoints;

using System.Text.Json;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Database;

/// <summary>
/// Signs a group's checkpoint and words the chat message that carries it. The latest one is kept in <c>meta</c> under
/// <c>checkpoint:&lt;group&gt;</c> (a small named value, no table of its own: the chats are the checkpoints' archive).
/// </summary>
internal static class CheckpointNotes
{
    public static string MetaKey(GroupId group) => "checkpoint:" + group.Value;

    public static StoredCheckpoint Sign(
        CheckpointSigner signer,
        GroupId group,
        ChainHead head,
        DateTimeOffset now
    )
    {
        var checkpoint = new Checkpoint(
            Checkpoint.OriginOf(signer.PublicKey.Name, group.Value),
            head.Seq,
            head.Hash
        );
        return new StoredCheckpoint(signer.Sign(checkpoint).Format(), head.Seq, head.Hash, now);
    }

    /// <summary>Keeps <paramref name="checkpoint"/> as the group's latest, inside the writer's transaction.</summary>
    public static void Save(
        Pipeline.WriteSession session,
        GroupId group,
        StoredCheckpoint checkpoint
    )
    {
        using var command = session.Command(
            "INSERT INTO meta (key, value) VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value;"
        );
        command.With("k", MetaKey(group)).With("v", Serialize(checkpoint)).ExecuteNonQuery();
    }

    public static string Serialize(StoredCheckpoint checkpoint) =>
        JsonSerializer.Serialize(checkpoint);

    public static StoredCheckpoint? Deserialize(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<StoredCheckpoint>(json);

    /// <summary>What the chats see: the note itself, and why it is worth keeping.</summary>
    public static string Message(Words w, StoredCheckpoint checkpoint) =>
        w.SignedCheckpoint(checkpoint.TreeSize, checkpoint.HeadHash[..12])
        + "\n\n"
        + checkpoint.Note.TrimEnd('\n');
}
