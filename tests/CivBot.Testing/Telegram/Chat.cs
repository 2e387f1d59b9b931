namespace CivBot.Testing.Telegram;

using System.Text.Json.Nodes;

/// <summary>A Telegram chat as the emulator's test client sends it; a titled one is a forum unless told otherwise.</summary>
public sealed record Chat(long Id, string Type, string? Title, bool IsForum = true)
{
    public JsonObject Json()
    {
        var o = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
        {
            o["title"] = Title;
            o["is_forum"] = IsForum;
        }
        return o;
    }
}
