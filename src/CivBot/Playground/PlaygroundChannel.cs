namespace CivBot.Playground;

using CivBot.Core.Model;

/// <summary>The local playground's addresses: one group chat and one private chat per member.</summary>
public static class PlaygroundChannel
{
    public const string Name = "playground";

    public static readonly ChatAddress GroupChat = new(Name, "group");

    public static ChatAddress DirectChat(string name) => new(Name, "dm:" + Key(name));

    public static MemberId Member(string name) => new($"{Name}:{Key(name)}");

    /// <summary>Names are matched without regard to case, so "Ann" and "ann" are one member.</summary>
    public static string Key(string name) => name.Trim().ToLowerInvariant();
}
