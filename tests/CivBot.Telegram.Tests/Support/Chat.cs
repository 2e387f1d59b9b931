namespace CivBot.Telegram.Tests.Support;

using System.Text.Json.Nodes;

public sealed record Chat(long Id, string Type, string? Title)
{
    public JsonObject Json()
    {
        var o = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
        {
            o["title"] = Title;
            o["is_forum"] = true;
        }
        return o;
    }
}
