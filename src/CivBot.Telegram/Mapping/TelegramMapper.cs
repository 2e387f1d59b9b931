namespace CivBot.Telegram.Mapping;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Commands;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

/// <summary>Telegram updates (Telegram.Bot's <see cref="Update"/>) → CivBot events. Pure: no I/O, tested on recorded payloads.</summary>
public static class TelegramMapper
{
    /// <summary>Reads and maps one update's JSON; null for anything that is not an update.</summary>
    /// <param name="botUsername">This bot's username (from getMe), to drop commands addressed to other bots.</param>
    public static MappedUpdate? Map(JsonElement json, string? botUsername)
    {
        var reading = UpdateReader.Read(json);
        if (reading.UpdateId is not { } id)
            return null;
        return reading.Update is { } update
            ? Map(id, update, botUsername)
            : Refused(id, reading.Refusal ?? "unreadable update");
    }

    internal static MappedUpdate Map(long updateId, Update update, string? botUsername)
    {
        var platformId = updateId.ToString(CultureInfo.InvariantCulture);
        if (update.Message is { } message)
            return FromMessage(updateId, platformId, message, botUsername);
        if (update.CallbackQuery is { } query)
            return FromCallback(updateId, platformId, query);
        // Edits, reactions, member status changes...: nothing CivBot acts on.
        return new MappedUpdate(updateId, []);
    }

    private static MappedUpdate FromMessage(
        long updateId,
        string platformId,
        Message message,
        string? botUsername
    )
    {
        var none = new MappedUpdate(updateId, []);
        if (Chat(message) is not { } chat)
            return Refused(updateId, "message.chat.id is missing or not a number");
        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.MigrateToChatId is { } to)
            return none with { Migration = new ChatMove(chat, Address(to)) };
        if (message.MigrateFromChatId is { } from)
            return none with { Migration = new ChatMove(Address(from), chat) };
        var thread = Thread(message);
        if (message.NewChatMembers is { } joined)
            return none with
            {
                Events =
                [
                    .. joined
                        .Select(Person)
                        .OfType<Sender>()
                        .Select(person => new InboundEvent(
                            chat,
                            person,
                            $"{platformId}:{person.Id.Value}",
                            new MembershipBody(true),
                            thread
                        )),
                ],
            };
        if (message.LeftChatMember is { } left && Person(left) is { } gone)
            return none with
            {
                Events =
                [
                    new InboundEvent(chat, gone, platformId, new MembershipBody(false), thread),
                ],
            };
        if (message.From is not { } fromUser)
            return none;
        if (fromUser.Id == 0)
            return Refused(updateId, "message.from is not a user with a numeric id");
        if (Person(fromUser) is not { } sender)
            return none;
        var text = message.Text ?? message.Caption;
        if (string.IsNullOrWhiteSpace(text) || IsForAnotherBot(text, botUsername))
            return none;
        var inbound = new InboundEvent(
            chat,
            sender,
            platformId,
            new TextBody(text),
            thread,
            isPrivate,
            // Only a private chat proves the member started the bot, so only then can it write to them first.
            isPrivate ? chat : null,
            ChatTitle: isPrivate ? null : message.Chat.Title
        );
        return none with { Events = [inbound] };
    }

    private static MappedUpdate Refused(long updateId, string reason) =>
        new(updateId, []) { Refusal = reason };

    private static MappedUpdate FromCallback(long updateId, string platformId, CallbackQuery query)
    {
        // The presser's client language (language_code) picks the answer's language.
        var w = Words.Of(query.From?.LanguageCode);
        var answer = new CallbackAnswer(query.Id ?? "", AnswerText(w, query.Data));
        var none = new MappedUpdate(updateId, [], answer);
        if (
            query.Data is not { } data
            || Person(query.From) is not { } sender
            || query.Message is not { } message
            || Chat(message) is not { } chat
        )
            return none with { Callback = answer with { Text = w.ButtonGone } };
        var isPrivate = message.Chat.Type == ChatType.Private;
        var inbound = new InboundEvent(
            chat,
            sender,
            platformId,
            new ButtonBody(data),
            Thread(message),
            isPrivate,
            isPrivate ? chat : null
        );
        return none with { Events = [inbound] };
    }

    /// <summary>The voter's private confirmation: "Vote for option 2 on #1 recorded".</summary>
    internal static string AnswerText(Words w, string? data)
    {
        var parts = data?.Split(':');
        return parts is ["v", var loop, var option] ? w.ButtonVoteRecorded(loop, option) : w.GotIt;
    }

    /// <summary>True for <c>/cmd@OtherBot</c>: a command, but not for this bot.</summary>
    internal static bool IsForAnotherBot(string text, string? botUsername) =>
        botUsername is not null
        && CommandParser.Parse(text) is not null
        && CommandParser.Parse(text, botUsername) is null;

    private static ChatAddress? Chat(Message message) =>
        message.Chat is { Id: not 0 } chat ? Address(chat.Id) : null;

    /// <summary>
    /// A forum topic only when Telegram says the message is a topic message: in ordinary supergroups
    /// <c>message_thread_id</c> also marks reply threads, which are not places to post into. The General topic has none.
    /// </summary>
    private static string? Thread(Message message) =>
        message is { IsTopicMessage: true, MessageThreadId: { } thread }
            ? thread.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>A person (bots are not members): id <c>telegram:&lt;user id&gt;</c>, handle = username or name, their client's language.</summary>
    private static Sender? Person(User? user)
    {
        if (user is null || user.Id == 0 || user.IsBot)
            return null;
        var handle =
            user.Username
            ?? string.Join(
                ' ',
                new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))
            );
        if (string.IsNullOrWhiteSpace(handle))
            handle = "someone";
        return new Sender(
            new MemberId(
                $"{TelegramChannel.Name}:{user.Id.ToString(CultureInfo.InvariantCulture)}"
            ),
            handle,
            // The user's client language ("es", "pt-br"), for the language of their direct messages.
            user.LanguageCode
        );
    }

    private static ChatAddress Address(long chatId) =>
        new(TelegramChannel.Name, chatId.ToString(CultureInfo.InvariantCulture));
}
