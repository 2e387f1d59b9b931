namespace CivBot.Core.Effects;

using CivBot.Core.Model;

/// <summary>Who a message is for. Storage turns an audience into concrete chats when it writes the outbox.</summary>
public abstract record Audience;

/// <summary>Every chat bound to the group (a Telegram group, a Discord channel, SMS members who follow the loop...).</summary>
/// <param name="ThreadChat">The chat a loop's ask came from; in that chat the message goes to <paramref name="ThreadId"/>.</param>
/// <param name="ThreadId">Forum topic / thread inside <paramref name="ThreadChat"/>; other chats get the message at top level.</param>
public sealed record GroupAudience(ChatAddress? ThreadChat = null, string? ThreadId = null)
    : Audience;

/// <summary>Only the chat the triggering event came from (friendly errors, query answers).</summary>
public sealed record OriginAudience(ChatAddress Chat, string? ThreadId = null) : Audience;

/// <summary>
/// One member, privately. When the member cannot be reached privately the message falls back to the group
/// with a mention of their handle, unless <paramref name="FallbackToGroup"/> is false. The fallback goes to the loop's
/// thread (<paramref name="ThreadChat"/>, <paramref name="ThreadId"/>) like the loop's other messages. In a group
/// of linked chats it goes only to <paramref name="LastChat"/>, the chat the member last spoke in.
/// </summary>
public sealed record MemberAudience(
    MemberId Member,
    string Handle,
    bool FallbackToGroup = true,
    ChatAddress? ThreadChat = null,
    string? ThreadId = null,
    ChatAddress? LastChat = null
) : Audience;
