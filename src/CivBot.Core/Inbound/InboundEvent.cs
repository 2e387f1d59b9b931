namespace CivBot.Core.Inbound;

using CivBot.Core.Model;

/// <summary>
/// One event from a channel, already mapped from the platform's payload.
/// <paramref name="PlatformId"/> is unique per channel and makes replays harmless (the inbox dedupes on it).
/// </summary>
/// <param name="Chat">The chat the event came from.</param>
/// <param name="Sender">Who sent it.</param>
/// <param name="PlatformId">The platform's id for this event (update id, message sid, interaction id, timer id).</param>
/// <param name="Body">The content.</param>
/// <param name="ThreadId">A forum topic or thread inside the chat, when the platform has them.</param>
/// <param name="IsPrivate">True when the chat is a direct conversation between the member and the bot.</param>
/// <param name="SenderDirectChat">Where the bot can reach this sender privately, when the channel allows it.</param>
/// <param name="DefaultGroup">
/// For a private message from someone in no group yet: the group they join by default (a one-group SMS deployment).
/// </param>
/// <param name="SenderIsChatAdmin">
/// The channel vouches that the sender administers this chat (Telegram creator/administrator, Discord Manage Server or
/// Administrator, anyone in the playground). Channels look it up only for <see cref="Commands.KnownCommands.AdminChecked"/>.
/// </param>
/// <param name="ChatTitle">The chat's name as its members see it (a Telegram group's title, a Discord channel's
/// name), when the platform gives it; linking names chats by it.</param>
public sealed record InboundEvent(
    ChatAddress Chat,
    Sender Sender,
    string PlatformId,
    InboundBody Body,
    string? ThreadId = null,
    bool IsPrivate = false,
    ChatAddress? SenderDirectChat = null,
    GroupId? DefaultGroup = null,
    bool SenderIsChatAdmin = false,
    string? ChatTitle = null
);
