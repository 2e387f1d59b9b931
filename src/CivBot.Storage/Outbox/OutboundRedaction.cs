namespace CivBot.Storage.Outbox;

using CivBot.Core.Privacy;
using CivBot.Core.Replies;

/// <summary>
/// The last gate before a message is queued: every text a person will see passes the phone-number redaction, so a reply
/// that echoes what someone typed ("I don't know /zz15557770121") never repeats a number into a chat or the outbox.
/// </summary>
internal static class OutboundRedaction
{
    public static Reply Redact(Reply reply)
    {
        var text = PersonalData.Redact(reply.Text);
        var fallback = reply.TextFallback is { } f ? PersonalData.Redact(f) : null;
        var buttons = reply.Buttons;
        if (buttons.Any(b => PersonalData.Redact(b.Label) != b.Label))
            buttons = [.. buttons.Select(b => b with { Label = PersonalData.Redact(b.Label) })];
        return
            ReferenceEquals(text, reply.Text)
            && ReferenceEquals(fallback, reply.TextFallback)
            && ReferenceEquals(buttons, reply.Buttons)
            ? reply
            : reply with
            {
                Text = text,
                TextFallback = fallback,
                Buttons = buttons,
            };
    }
}
