namespace CivBot.Telegram.Mapping;

using CivBot.Core.Model;

/// <summary>A group became a supergroup and got a new chat id.</summary>
public sealed record ChatMove(ChatAddress From, ChatAddress To);
