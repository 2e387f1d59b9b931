namespace CivBot.Storage.Outbox;

/// <summary>A chat whose oldest pending message is due: the unit the dispatcher sends in order.</summary>
/// <param name="Head">The id of the chat's oldest pending message (older heads are served first).</param>
public readonly record struct DueChat(string Channel, string ChatId, long Head);
