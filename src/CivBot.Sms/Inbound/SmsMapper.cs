namespace CivBot.Sms.Inbound;

using System.Globalization;
using CivBot.Core.Inbound;
using CivBot.Core.Model;

/// <summary>Twilio's inbound webhook form → <see cref="SmsInbound"/>. Pure; tested on recorded payloads.</summary>
public static class SmsMapper
{
    /// <summary>Twilio allows at most ten media items per message.</summary>
    private const int MaxMedia = 10;

    /// <param name="form">The posted fields (the first value of each).</param>
    /// <param name="defaultGroup">The configured group every texter joins, if any.</param>
    /// <param name="flowCommands">Commands the deployment's flows add, accepted without the slash like the others.</param>
    public static SmsInbound Map(
        IReadOnlyDictionary<string, string> form,
        GroupId? defaultGroup,
        IReadOnlyCollection<string>? flowCommands = null
    )
    {
        var sid = Field(form, "MessageSid") ?? Field(form, "SmsSid");
        var from = Field(form, "From");
        if (sid is null || from is null)
            return new SmsInbound.Invalid("An inbound message needs MessageSid and From.");
        var body = form.GetValueOrDefault("Body") ?? "";
        var chat = SmsIdentity.Chat(from);
        if (SmsKeywords.Find(body) is { } keyword)
            return new SmsInbound.Keyword(keyword.Kind, chat, keyword.Language);
        var text = SmsCommands.WithSlash(body, flowCommands);
        var media = Media(form);
        InboundBody content =
            media.Count > 0 ? new AttachmentBody(media, text) : new TextBody(text);
        return new SmsInbound.Message(
            new InboundEvent(
                chat,
                new Sender(SmsIdentity.Member(from), SmsIdentity.DefaultHandle(from)),
                // Twilio retries a webhook with the same MessageSid: the inbox dedupes on it.
                sid,
                content,
                IsPrivate: true,
                SenderDirectChat: chat,
                DefaultGroup: defaultGroup
            )
        );
    }

    private static List<string> Media(IReadOnlyDictionary<string, string> form)
    {
        var count = int.TryParse(
            form.GetValueOrDefault("NumMedia"),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var n
        )
            ? Math.Min(n, MaxMedia)
            : 0;
        var links = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            if (Field(form, "MediaUrl" + i.ToString(CultureInfo.InvariantCulture)) is { } url)
                links.Add(url);
        }
        return links;
    }

    private static string? Field(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;
}
