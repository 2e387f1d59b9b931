namespace CivBot.Core.Model;

/// <summary>Identifies one community group. A group may span several chats on several channels.</summary>
public readonly record struct GroupId(string Value)
{
    public override string ToString() => Value;
}
