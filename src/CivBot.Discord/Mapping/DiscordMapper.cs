namespace CivBot.Discord.Mapping;

using System.Text.Json;
using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Discord.Receiving;

/// <summary>
/// Gateway payloads to inbound events, purely. A server channel is the chat (<c>discord:&lt;channel id&gt;</c>); a thread
/// maps to its parent channel with the thread as <see cref="InboundEvent.ThreadId"/>; a DM is <c>discord:dm:&lt;user
/// id&gt;</c>. Every member can be written to privately, so each event names that DM as the sender's direct chat.
/// </summary>
internal static class DiscordMapper
{
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    /// <summary>Null for bots (CivBot itself included), system messages and empty messages.</summary>
    public static MappedMessage? MapMessage(
        JsonElement message,
        string? botUserId,
        Func<string, string?> parentOf
    )
    {
        if (
            String(message, "id") is not { } messageId
            || String(message, "channel_id") is not { } channelId
            || !message.TryGetProperty("author", out var author)
            || Person(author, message) is not { } person
            || person.UserId == botUserId
        )
            return null;
        var type = message.TryGetProperty("type", out var t) && t.TryGetInt32(out var n) ? n : 0;
        if (type is not (DefaultMessage or ReplyMessage))
            return null;
        var text = StripBotMention(String(message, "content") ?? "", botUserId);
        var links = new List<string>();
        if (
            message.TryGetProperty("attachments", out var attachments)
            && attachments.ValueKind == JsonValueKind.Array
        )
            foreach (var a in attachments.EnumerateArray())
                if (String(a, "url") is { } url)
                    links.Add(url);
        if (string.IsNullOrWhiteSpace(text) && links.Count == 0)
            return null;
        InboundBody body = links.Count > 0 ? new AttachmentBody(links, text) : new TextBody(text);
        var isPrivate = String(message, "guild_id") is null;
        var (chat, thread) = Place(channelId, isPrivate, person.UserId, parentOf(channelId));
        var inbound = new InboundEvent(
            chat,
            person.Sender,
            $"m:{messageId}",
            body,
            thread,
            isPrivate,
            Direct(person.UserId)
        );
        return new MappedMessage(
            inbound,
            person.UserId,
            messageId,
            isPrivate ? channelId : null,
            isPrivate || thread is not null ? null : channelId
        );
    }

    /// <summary>Null when the payload is not an interaction. Application commands and buttons carry an event.</summary>
    public static MappedInteraction? MapInteraction(
        JsonElement interaction,
        Func<string, string?> parentOf
    )
    {
        if (
            String(interaction, "id") is not { } id
            || String(interaction, "token") is not { } token
            || !interaction.TryGetProperty("type", out var t)
            || !t.TryGetInt32(out var type)
        )
            return null;
        var application = String(interaction, "application_id") ?? "";
        var other = new MappedInteraction(id, token, application, InteractionKind.Other, null, "");
        var user =
            interaction.TryGetProperty("member", out var member)
            && member.TryGetProperty("user", out var u)
                ? u
            : interaction.TryGetProperty("user", out var dmUser) ? dmUser
            : default;
        if (
            user.ValueKind != JsonValueKind.Object
            || Person(user, interaction) is not { } person
            || String(interaction, "channel_id") is not { } channelId
            || !interaction.TryGetProperty("data", out var data)
        )
            return other;
        var isPrivate = String(interaction, "guild_id") is null;
        var parent = ThreadParent(interaction) ?? parentOf(channelId);
        var (chat, thread) = Place(channelId, isPrivate, person.UserId, parent);
        InboundBody body;
        InteractionKind kind;
        string confirmation;
        if (type == 2 && String(data, "name") is { } name)
        {
            var args = Arguments(name, data);
            body = new CommandBody(name, args);
            kind = InteractionKind.Command;
            confirmation = Words
                .Of(person.Sender.Language)
                .GotCommand($"/{name}{(args.Length > 0 ? " " + args : "")}");
        }
        else if (
            type == 3
            && data.TryGetProperty("component_type", out var ct)
            && ct.TryGetInt32(out var componentType)
            && componentType == 2
            && String(data, "custom_id") is { } customId
        )
        {
            body = new ButtonBody(customId);
            kind = InteractionKind.Button;
            confirmation = ButtonConfirmation(Words.Of(person.Sender.Language), customId);
        }
        else
            return other;
        var inbound = new InboundEvent(
            chat,
            person.Sender,
            $"i:{id}",
            body,
            thread,
            isPrivate,
            Direct(person.UserId),
            SenderIsChatAdmin: !isPrivate && ManagesServer(member),
            ChatTitle: isPrivate ? null : ChannelTitle(interaction)
        );
        return new MappedInteraction(
            id,
            token,
            application,
            kind,
            inbound,
            confirmation,
            isPrivate || thread is not null ? null : channelId
        );
    }

    /// <summary>"#general": the interaction's channel as members see it (linking names chats by it).</summary>
    private static string? ChannelTitle(JsonElement interaction) =>
        interaction.TryGetProperty("channel", out var channel)
        && channel.ValueKind == JsonValueKind.Object
        && String(channel, "name") is { Length: > 0 } name
            ? "#" + name
            : null;

    /// <summary>
    /// Options joined the way the typed command reads: the command's own options in their defined order, then the loop
    /// as <c>#N</c> (<c>/vote choice:2 loop:3</c> → <c>2 #3</c>).
    /// </summary>
    internal static string Arguments(string name, JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        if (
            data.TryGetProperty("options", out var options)
            && options.ValueKind == JsonValueKind.Array
        )
        {
            foreach (var option in options.EnumerateArray())
            {
                if (
                    String(option, "name") is not { } key
                    || !option.TryGetProperty("value", out var v)
                )
                    continue;
                values[key] =
                    v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : v.GetRawText();
                order.Add(key);
            }
        }
        var defined = SlashCommands.Find(name)?.Options.Select(o => o.Name).ToList() ?? [];
        var words = defined
            .Concat(order.Where(k => !defined.Contains(k)))
            .Where(k => k != SlashOption.Loop && values.ContainsKey(k))
            .Select(k => values[k])
            .Where(v => v.Length > 0)
            .ToList();
        if (values.TryGetValue(SlashOption.Loop, out var loop))
            words.Add("#" + loop);
        return string.Join(' ', words);
    }

    /// <summary>What only the voter sees: "Vote for option 2 on #1 recorded".</summary>
    internal static string ButtonConfirmation(Words w, string customId) =>
        customId.Split(':') is ["v", var loop, var option]
            ? w.ButtonVoteRecorded(loop, option)
            : w.GotIt;

    private static (ChatAddress Chat, string? Thread) Place(
        string channelId,
        bool isPrivate,
        string userId,
        string? parent
    ) =>
        isPrivate ? (Direct(userId), null)
        : parent is not null ? (new ChatAddress(DiscordChannel.Name, parent), channelId)
        : (new ChatAddress(DiscordChannel.Name, channelId), null);

    private static ChatAddress Direct(string userId) =>
        new(DiscordChannel.Name, DiscordChannel.DirectPrefix + userId);

    /// <summary>Interactions carry their channel: a thread (types 10-12) names its parent.</summary>
    private static string? ThreadParent(JsonElement interaction) =>
        interaction.TryGetProperty("channel", out var channel)
        && channel.ValueKind == JsonValueKind.Object
        && channel.TryGetProperty("type", out var type)
        && type.TryGetInt32(out var kind)
        && kind is 10 or 11 or 12
            ? String(channel, "parent_id")
            : null;

    /// <summary>A person (bots are not members): id <c>discord:&lt;user id&gt;</c>, handle = server nickname, display name or username.</summary>
    // Interactions carry the member's permissions in the channel as a decimal string of bits.
    private const ulong Administrator = 0x8;
    private const ulong ManageGuild = 0x20;

    internal static bool ManagesServer(JsonElement member) =>
        member.ValueKind == JsonValueKind.Object
        && String(member, "permissions") is { } bits
        && ulong.TryParse(
            bits,
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var permissions
        )
        && (permissions & (Administrator | ManageGuild)) != 0;

    private static (string UserId, Sender Sender)? Person(JsonElement user, JsonElement container)
    {
        if (String(user, "id") is not { } id)
            return null;
        if (user.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True)
            return null;
        var nick =
            container.TryGetProperty("member", out var member)
            && member.ValueKind == JsonValueKind.Object
                ? String(member, "nick")
                : null;
        var handle =
            new[] { nick, String(user, "global_name"), String(user, "username") }.FirstOrDefault(
                h => !string.IsNullOrWhiteSpace(h)
            )
            ?? "someone";
        // An interaction carries the user's client locale ("es-ES"); a gateway message does not.
        return (
            id,
            new Sender(
                new MemberId($"{DiscordChannel.Name}:{id}"),
                handle,
                String(container, "locale")
            )
        );
    }

    /// <summary>"@CivBot /status" works like "/status".</summary>
    private static string StripBotMention(string text, string? botUserId)
    {
        var trimmed = text.Trim();
        if (botUserId is null)
            return trimmed;
        foreach (var mention in new[] { $"<@{botUserId}>", $"<@!{botUserId}>" })
            if (trimmed.StartsWith(mention, StringComparison.Ordinal))
                return trimmed[mention.Length..].Trim();
        return trimmed;
    }

    private static string? String(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object
        && o.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
