namespace CivBot.Telegram.Sending;

using System.Collections.Concurrent;
using System.Globalization;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using CivBot.Telegram.Api;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using global::Telegram.Bot.Types.ReplyMarkups;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Sends outbox messages to Telegram: HTML-escaped text, inline buttons, long texts in parts, edits in place, inside the
/// rate limits. Telegram's answers become outbox results (429 waits <c>retry_after</c>, 5xx and timeouts retry, 403 is
/// undeliverable); a group that became a supergroup is migrated and the message resent to the new id.
/// </summary>
internal sealed class TelegramSender(
    TelegramBot bot,
    RateLimiter limiter,
    IOptions<TelegramOptions> options,
    IEnumerable<IChatMigration> migrations,
    ILogger<TelegramSender> logger
) : IChannelSender
{
    // General topic of a forum: Telegram refuses message_thread_id 1, so such messages go without it.
    private const string GeneralTopic = "1";

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.SendTimeoutSeconds);

    // Parts of a long message already delivered, by outbox id: a retry resumes after them instead of repeating them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public string Channel => TelegramChannel.Name;

    public async Task<SendResult> SendAsync(
        OutboundMessage message,
        CancellationToken cancellationToken
    )
    {
        var text = message.MentionHandle is { } mention
            ? $"@{mention} {message.Reply.Text}"
            : message.Reply.Text;
        var keyboard = InlineKeyboard.From(message.Reply.Buttons);
        var parts = MessageSplitter.Split(text);
        var chat = message.Chat;
        if (message.EditOfPlatformMessageId is { } target && parts.Count == 1)
        {
            var edited = await EditAsync(chat, target, parts[0], keyboard, cancellationToken);
            if (edited is not null)
                return edited;
        }
        var thread = message.ThreadId == GeneralTopic ? null : message.ThreadId;
        _partsSent.TryGetValue(message.Id, out var done);
        string? last = null;
        for (var i = done; i < parts.Count; i++)
        {
            var html = HtmlText.Escape(parts[i]);
            var markup = i == parts.Count - 1 ? keyboard : null;
            var topic = Topic(thread);
            var (result, movedTo) = await CallAsync(
                "sendMessage",
                chat,
                (b, id, ct) =>
                    b.SendMessage(
                        id,
                        html,
                        ParseMode.Html,
                        replyMarkup: markup,
                        linkPreviewOptions: NoPreview,
                        messageThreadId: topic,
                        cancellationToken: ct
                    ),
                cancellationToken
            );
            if (
                result is Undeliverable { Reason: var reason }
                && thread is not null
                && reason.Contains("thread not found", StringComparison.OrdinalIgnoreCase)
            )
            {
                // The topic was deleted: the group still needs the message, so it goes to the main chat.
                thread = null;
                i--;
                continue;
            }
            chat = movedTo;
            if (result is not Sent sent)
                return result;
            last = sent.PlatformMessageId;
            _partsSent[message.Id] = i + 1;
        }
        _partsSent.TryRemove(message.Id, out _);
        return new Sent(last);
    }

    /// <summary>Null when the message cannot be edited (too old, deleted): the caller posts it anew.</summary>
    private async Task<SendResult?> EditAsync(
        ChatAddress chat,
        string messageId,
        string text,
        InlineKeyboardMarkup? keyboard,
        CancellationToken cancellationToken
    )
    {
        if (!int.TryParse(messageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        var html = HtmlText.Escape(text);
        var response = await CallRawAsync(
            "editMessageText",
            chat.ChatId,
            (b, ct) =>
                b.EditMessageText(
                    TelegramBot.ChatIdOf(chat.ChatId),
                    id,
                    html,
                    ParseMode.Html,
                    replyMarkup: keyboard,
                    linkPreviewOptions: NoPreview,
                    cancellationToken: ct
                ),
            cancellationToken
        );
        if (response is null)
            return new RetryLater("Telegram editMessageText timed out or failed to connect");
        if (response.Ok || response.DescriptionContains("message is not modified"))
            return new Sent(messageId);
        if (
            response.ErrorCode == 400
            && (
                response.DescriptionContains("message to edit not found")
                || response.DescriptionContains("message can't be edited")
            )
        )
            return null;
        return SendOutcome.From(response, messageId);
    }

    private async Task<(SendResult Result, ChatAddress Chat)> CallAsync(
        string method,
        ChatAddress chat,
        Func<ITelegramBotClient, ChatId, CancellationToken, Task<Message>> send,
        CancellationToken cancellationToken
    )
    {
        var response = await CallRawAsync(
            method,
            chat.ChatId,
            (b, ct) => send(b, TelegramBot.ChatIdOf(chat.ChatId), ct),
            cancellationToken
        );
        if (response is null)
            return (new RetryLater($"Telegram {method} timed out or failed to connect"), chat);
        if (response is { Ok: false, MigrateToChatId: { } newId })
        {
            var moved = new ChatAddress(chat.Channel, newId.ToString(CultureInfo.InvariantCulture));
            foreach (var migration in migrations)
                await migration.MigrateAsync(chat, moved, cancellationToken);
            logger.LogInformation(
                "Telegram chat {From} became supergroup {To}; resending there",
                chat,
                moved
            );
            response = await CallRawAsync(
                method,
                moved.ChatId,
                (b, ct) => send(b, TelegramBot.ChatIdOf(moved.ChatId), ct),
                cancellationToken
            );
            chat = moved;
            if (response is null)
                return (new RetryLater($"Telegram {method} timed out or failed to connect"), chat);
        }
        var result = SendOutcome.From(
            response,
            response.Result?.MessageId.ToString(CultureInfo.InvariantCulture)
        );
        if (result is not Sent)
            logger.LogWarning(
                "Telegram {Method} to chat {Chat} failed: {Code} {Description}",
                method,
                chat.ChatId,
                response.ErrorCode,
                response.Description
            );
        return (result, chat);
    }

    /// <summary>Waits for a rate-limit slot, then calls; null when there was no answer (timeout, connection).</summary>
    private async Task<TelegramAnswer<T>?> CallRawAsync<T>(
        string method,
        string chatId,
        Func<ITelegramBotClient, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken
    )
    {
        // Group and supergroup ids are negative; the per-minute group limit applies to them only.
        var slot = await limiter.WaitAsync(chatId, chatId.StartsWith('-'), cancellationToken);
        try
        {
            return await bot.CallAsync(method, call, _timeout, cancellationToken);
        }
        catch (Exception e) when (e is TelegramTimeoutException or TelegramTransportException)
        {
            logger.LogWarning(
                "Telegram {Method} to chat {Chat}: {Reason}",
                method,
                chatId,
                e.Message
            );
            return null;
        }
        finally
        {
            limiter.Answered(slot);
        }
    }

    private static int? Topic(string? thread) =>
        int.TryParse(thread, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
