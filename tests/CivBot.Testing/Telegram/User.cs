namespace CivBot.Testing.Telegram;

using System.Text.Json.Nodes;

/// <summary>A Telegram user as the emulator's test client sends it.</summary>
public sealed record User(long Id, string Username)
{
    public JsonObject Json() =>
        new()
        {
            ["id"] = Id,
            ["is_bot"] = false,
            ["first_name"] = Username,
            ["username"] = Username,
        };

    /// <summary>This user's private chat with the bot.</summary>
    public Chat Private => new(Id, "private", null);
}
