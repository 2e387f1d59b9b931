namespace CivBot.Sms.Outbound;

using System.Globalization;
using System.Text;
using CivBot.Core.Ports;

/// <summary>
/// A reply as an SMS: plain text, the "Reply 1, 2 or 3" line instead of buttons, and GSM-7 wherever the meaning
/// survives it. An emoji or a typographic dash would make the whole message UCS-2, which fits less than half as much
/// per segment; every segment is paid for.
/// </summary>
public static class SmsText
{
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['—'] = "-",
        ['–'] = "-",
        ['‘'] = "'",
        ['’'] = "'",
        ['“'] = "\"",
        ['”'] = "\"",
        ['…'] = "...",
        ['·'] = "-",
        ['→'] = "->",
        ['•'] = "-",
        ['\u00A0'] = " ",
    };

    public static string Render(OutboundMessage message)
    {
        var text = message.Reply.Text;
        if (message.Reply.Buttons.Count > 0 && message.Reply.TextFallback is { } fallback)
            text += "\n" + fallback;
        if (message.MentionHandle is { } mention)
            text = "@" + mention + " " + text;
        return ToGsmFriendly(text);
    }

    public static string ToGsmFriendly(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && Plain.TryGetValue((char)rune.Value, out var replacement))
            {
                sb.Append(replacement);
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            // Emoji and pictographs (and their joiners and variation selectors) are decoration here; symbols such as ° stay.
            if (
                (category is UnicodeCategory.OtherSymbol && rune.Value >= 0x2000)
                || rune.Value is 0x200D or 0xFE0F or 0xFE0E
            )
                continue;
            sb.Append(rune.ToString());
        }
        // Dropping a leading emoji leaves its space behind.
        var lines = sb.ToString().Split('\n').Select(l => l.Trim());
        return string.Join('\n', lines).Trim();
    }
}
