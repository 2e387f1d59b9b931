namespace CivBot.Telegram.Mapping;

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

/// <summary>
/// Reads a JSON string the way a person meant it even when it is not valid Unicode: System.Text.Json refuses to hand
/// out a string holding a lone surrogate escape (<c>"\ud800"</c>) or invalid UTF-8, so such a string is decoded here from its raw bytes
/// with U+FFFD in place of what cannot be read, instead of making the whole update unreadable.
/// </summary>
internal static class JsonText
{
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            // The raw bytes, with anything that is not UTF-8 decoded as U+FFFD.
            return Unescape(Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(value)));
        }
    }

    /// <summary>A quoted JSON string literal, escapes resolved; any lone surrogate becomes U+FFFD.</summary>
    private static string Unescape(string raw)
    {
        var text = raw.Length >= 2 && raw[0] == '"' ? raw[1..^1] : raw;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }
            var e = text[++i];
            switch (e)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'u'
                    when i + 4 < text.Length
                        && ushort.TryParse(
                            text.AsSpan(i + 1, 4),
                            NumberStyles.AllowHexSpecifier,
                            CultureInfo.InvariantCulture,
                            out var code
                        ):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    builder.Append(e);
                    break;
            }
        }
        // Pairs that came out whole stay; anything left lone is replaced.
        return Core.Inbound.InboundText.Clean(builder.ToString());
    }
}
