namespace CivBot.Core.Replies;

using System.Text.Json;

/// <summary>The stored form of a reply (outbox rows).</summary>
public static class ReplyJson
{
    public static string Serialize(Reply reply) =>
        JsonSerializer.Serialize(reply, Engine.StateJson.Options);

    public static Reply Deserialize(string json) =>
        JsonSerializer.Deserialize<Reply>(json, Engine.StateJson.Options)
        ?? throw new InvalidDataException("Stored reply is empty.");
}
