namespace CivBot.Core.Ports;

using CivBot.Core.Model;
using CivBot.Core.Replies;

/// <summary>
/// One message for one chat, read from the outbox.
/// </summary>
/// <param name="Id">The outbox row id; channels may use it as an idempotency key (a Discord nonce, say).</param>
/// <param name="IsDirect">True when <paramref name="Chat"/> is a private conversation with <paramref name="RecipientHandle"/>.</param>
/// <param name="MentionHandle">Set when a direct message fell back to the group: mention this member.</param>
/// <param name="MentionMember">The member behind <paramref name="MentionHandle"/>, so a channel can mention them by id.</param>
/// <param name="EditOfPlatformMessageId">Edit this earlier message in place instead of posting (see <see cref="Effects.SendMessage.EditKey"/>).</param>
public sealed record OutboundMessage(
    long Id,
    ChatAddress Chat,
    string? ThreadId,
    bool IsDirect,
    string? RecipientHandle,
    string? MentionHandle,
    Reply Reply,
    string? EditKey,
    string? EditOfPlatformMessageId,
    MemberId? MentionMember = null
);
