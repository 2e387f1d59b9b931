namespace CivBot.Telegram.Mapping;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Commands;
using CivBot.Core.Inbound;
using CivBot.Core.Model;

/// <summary>Telegram Update JSON → CivBot events. Pure: no I/O, tested on recorded payloads.</summary>
public static class TelegramMapper
{
    /// <summary>Returns null for anything that is not an update.</summary>
    /// <param name="botUsername">This bot's username (from getMe), to drop commands addressed to other bots.</param>
    public static MappedUpdate? Map(JsonElement update, string? botUsername)
    {
        if (
            update.ValueKind != JsonValueKind.Object
            || !update.TryGetProperty("update_id", out var idElement)
            || !idElement.TryGetInt64(out var updateId)
        )
            return null;
        var platformId = updateId.ToString(CultureInfo.InvariantCulture);
        if (update.TryGetProperty("message", out var message))
            return message.ValueKind == JsonValueKind.Object
                ? FromMessage(updateId, platformId, message, botUsername)
                : Refused(updateId, "message is not an object");
        if (update.TryGetProperty("callback_query", out var query))
            return query.ValueKind == JsonValueKind.Object
                ? FromCallback(updateId, platformId, query)
                : Refused(updateId, "callback_query is not an object");
        // Edits, reactions, member status changes...: nothing CivBot acts on.
        return new MappedUpdate(updateId, []);
    }

    private static MappedUpdate FromMessage(
        long updateId,
        string platformId,
        JsonElement message,
        string? botUsername
    )
    {
        var none = new MappedUpdate(updateId, []);
        if (!TryChat(message, out var chat, out var isPrivate))
            return Refused(updateId, "message.chat.id is missing or not a number");
        if (Long(message, "migrate_to_chat_id") is { } to)
            return none with { Migration = new ChatMove(chat, Address(to)) };
        if (Long(message, "migrate_from_chat_id") is { } from)
            return none with { Migration = new ChatMove(Address(from), chat) };
        var thread = Thread(message);
        if (
            message.TryGetProperty("new_chat_members", out var joined)
            && joined.ValueKind == JsonValueKind.Array
        )
        {
            var events = new List<InboundEvent>();
            foreach (var member in joined.EnumerateArray())
            {
                if (Person(member) is { } person)
                    events.Add(
                        new InboundEvent(
                            chat,
                            person,
                            $"{platformId}:{person.Id.Value}",
                            new MembershipBody(true),
                            thread
                        )
                    );
            }
            return none with { Events = events };
        }
        if (message.TryGetProperty("left_chat_member", out var left) && Person(left) is { } gone)
            return none with
            {
                Events =
                [
                    new InboundEvent(chat, gone, platformId, new MembershipBody(false), thread),
                ],
            };

        if (!message.TryGetProperty("from", out var fromUser))
            return none;
        if (Person(fromUser) is not { } sender)
            return fromUser.ValueKind != JsonValueKind.Object || NotANumber(fromUser, "id")
                ? Refused(updateId, "message.from is not a user with a numeric id")
                : none;
        var text = String(message, "text") ?? String(message, "caption");
        if (string.IsNullOrWhiteSpace(text))
            return none;
        if (IsForAnotherBot(text, botUsername))
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
            ChatTitle: isPrivate ? null : Title(message)
        );
        return none with { Events = [inbound] };
    }

    private static MappedUpdate Refused(long updateId, string reason) =>
        new(updateId, []) { Refusal = reason };

    private static MappedUpdate FromCallback(long updateId, string platformId, JsonElement query)
    {
        var queryId = String(query, "id") ?? "";
        var data = String(query, "data");
        var answer = new CallbackAnswer(queryId, AnswerText(data));
        var none = new MappedUpdate(updateId, [], answer);
        if (
            data is null
            || !query.TryGetProperty("from", out var from)
            || Person(from) is not { } sender
            || !query.TryGetProperty("message", out var message)
            || message.ValueKind != JsonValueKind.Object
            || !TryChat(message, out var chat, out var isPrivate)
        )
            return none with { Callback = answer with { Text = "This button no longer works." } };
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
    internal static string AnswerText(string? data)
    {
        var parts = data?.Split(':');
        return parts is ["v", var loop, var option]
            ? $"Vote for option {option} on #{loop} recorded"
            : "Got it";
    }

    /// <summary>True for <c>/cmd@OtherBot</c>: a command, but not for this bot.</summary>
    internal static bool IsForAnotherBot(string text, string? botUsername) =>
        botUsername is not null
        && CommandParser.Parse(text) is not null
        && CommandParser.Parse(text, botUsername) is null;

    /// <summary>The group's title as its members see it (linking names chats by it).</summary>
    private static string? Title(JsonElement message) =>
        message.TryGetProperty("chat", out var c) && c.ValueKind == JsonValueKind.Object
            ? String(c, "title")
            : null;

    private static bool TryChat(JsonElement message, out ChatAddress chat, out bool isPrivate)
    {
        chat = default;
        isPrivate = false;
        if (
            !message.TryGetProperty("chat", out var c)
            || c.ValueKind != JsonValueKind.Object
            || Long(c, "id") is not { } id
        )
            return false;
        chat = Address(id);
        isPrivate = String(c, "type") == "private";
        return true;
    }

    /// <summary>
    /// A forum topic only when Telegram says the message is a topic message: in ordinary supergroups
    /// <c>message_thread_id</c> also marks reply threads, which are not places to post into. The General topic has none.
    /// </summary>
    private static string? Thread(JsonElement message) =>
        message.TryGetProperty("is_topic_message", out var topic)
        && topic.ValueKind == JsonValueKind.True
        && Long(message, "message_thread_id") is { } thread
            ? thread.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>A person (bots are not members): id <c>telegram:&lt;user id&gt;</c>, handle = username or name.</summary>
    private static Sender? Person(JsonElement user)
    {
        if (user.ValueKind != JsonValueKind.Object || Long(user, "id") is not { } id)
            return null;
        if (user.TryGetProperty("is_bot", out var bot) && bot.ValueKind == JsonValueKind.True)
            return null;
        var handle =
            String(user, "username")
            ?? string.Join(
                ' ',
                new[] { String(user, "first_name"), String(user, "last_name") }.Where(s =>
                    !string.IsNullOrWhiteSpace(s)
                )
            );
        if (string.IsNullOrWhiteSpace(handle))
            handle = "someone";
        return new Sender(
            new MemberId($"{TelegramChannel.Name}:{id.ToString(CultureInfo.InvariantCulture)}"),
            handle
        );
    }

    private static ChatAddress Address(long chatId) =>
        new(TelegramChannel.Name, chatId.ToString(CultureInfo.InvariantCulture));

    private static long? Long(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.Number
        && v.TryGetInt64(out var n)
            ? n
            : null;

    private static string? String(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? JsonText.Read(v)
            : null;

    /// <summary>True when <paramref name="o"/> has the property but not as the number Telegram always sends.</summary>
    private static bool NotANumber(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v)
        && Long(o, name) is null
        && v.ValueKind != JsonValueKind.Null;
}
