namespace CivBot.Discord.Sending;

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CivBot.Core.Ports;
using CivBot.Discord.Api;
using Microsoft.Extensions.Logging;

/// <summary>
/// Sends outbox messages to Discord: escaped text with <c>allowed_mentions</c> that ping nobody but a fallback's member,
/// buttons as components, long texts in parts (each with a nonce Discord dedupes on), edits in place, DMs opened on
/// demand (a link code an admin just asked for with /link goes to that interaction, ephemeral: <see cref="PrivateAnswers"/>). Nothing waits inside: an empty bucket or a 429 is a RetryLater for the outbox, with Discord's own wait.
/// </summary>
internal sealed class DiscordSender(
    DiscordRest rest,
    DirectChannels directs,
    KnownMembers members,
    PrivateAnswers answers,
    ILogger<DiscordSender> logger
) : IChannelSender
{
    private const int UnknownChannel = 10003;
    private const int UnknownMessage = 10008;
    private const int ArchivedThread = 50083;

    // Member ids are "discord:<user id>" (see DiscordMapper).
    private static readonly string DiscordMemberPrefix = DiscordChannel.Name + ":";

    // Parts of a long message already delivered, by outbox id: a retry resumes after them instead of repeating them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public string Channel => DiscordChannel.Name;

    public async Task<SendResult> SendAsync(
        OutboundMessage message,
        CancellationToken cancellationToken
    )
    {
        var chatId = message.Chat.ChatId;
        string channelId;
        if (chatId.StartsWith(DiscordChannel.DirectPrefix, StringComparison.Ordinal))
        {
            var userId = chatId[DiscordChannel.DirectPrefix.Length..];
            // A link code for the admin whose /link interaction waits for it: shown there, to them alone.
            if (
                message.IsDirect
                && await answers.TrySendAsync(userId, message.Reply.Text, cancellationToken)
                    is { } answered
            )
                return answered;
            var (dm, failure) = await directs.OpenAsync(userId, cancellationToken);
            if (dm is null)
                return SendOutcome.From(failure!);
            channelId = dm;
        }
        else
            channelId = message.ThreadId ?? chatId;

        // The member id names the user exactly (also after a restart); the handle map is the fallback.
        var mentionId =
            message.MentionMember is { } member
            && member.Value.StartsWith(DiscordMemberPrefix, StringComparison.Ordinal)
                ? member.Value[DiscordMemberPrefix.Length..]
            : message.MentionHandle is { } handle ? members.UserIdOf(handle)
            : null;
        var prefix =
            message.MentionHandle is null ? ""
            : mentionId is not null ? $"<@{mentionId}> "
            : $"@{MarkdownText.Escape(message.MentionHandle)} ";
        var parts = MessageSplitter.Split(
            message.Reply.Text,
            MessageSplitter.MaxLength - prefix.Length
        );
        var components = MessageComponents.From(message.Reply.Buttons);

        if (message.EditOfPlatformMessageId is { } target && parts.Count == 1)
        {
            var edit = await rest.TryAsync(
                HttpMethod.Patch,
                $"/channels/{channelId}/messages/{target}",
                Body(prefix + MarkdownText.Escape(parts[0]), components, mentionId, null),
                cancellationToken
            );
            // A deleted vote message is posted anew below; anything else is the edit's own outcome.
            if (!(edit.Status == 404 && edit.Code is UnknownMessage or UnknownChannel))
                return SendOutcome.From(edit, target);
        }

        _partsSent.TryGetValue(message.Id, out var done);
        string? last = null;
        for (var i = done; i < parts.Count; i++)
        {
            var content = (i == 0 ? prefix : "") + MarkdownText.Escape(parts[i]);
            var body = Body(
                content,
                i == parts.Count - 1 ? components : null,
                mentionId,
                $"civ{message.Id}-{i}"
            );
            var response = await rest.TryAsync(
                HttpMethod.Post,
                $"/channels/{channelId}/messages",
                body,
                cancellationToken
            );
            if (
                !response.Ok
                && message.ThreadId is not null
                && channelId == message.ThreadId
                && response.Code is UnknownChannel or ArchivedThread
            )
            {
                // The loop's thread was deleted or locked: the group still needs the message, so it goes to the channel.
                logger.LogInformation(
                    "Discord thread {Thread} is gone; posting in its channel instead",
                    message.ThreadId
                );
                channelId = chatId;
                i--;
                continue;
            }
            if (SendOutcome.From(response) is not Sent sent)
                return SendOutcome.From(response);
            last = sent.PlatformMessageId;
            _partsSent[message.Id] = i + 1;
        }
        _partsSent.TryRemove(message.Id, out _);
        return new Sent(last);
    }

    private static JsonObject Body(
        string content,
        JsonArray? components,
        string? mentionId,
        string? nonce
    )
    {
        var o = new JsonObject
        {
            ["content"] = content,
            ["allowed_mentions"] = AllowedMentions.Only(mentionId),
            ["components"] = components?.DeepClone() ?? new JsonArray(),
        };
        if (nonce is not null)
        {
            // Discord returns the first message again for a repeated nonce (a retry after a lost answer), never a copy.
            o["nonce"] = nonce.Length > 25 ? nonce[^25..] : nonce;
            o["enforce_nonce"] = true;
        }
        return o;
    }
}
