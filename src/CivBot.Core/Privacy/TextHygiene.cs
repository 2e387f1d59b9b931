namespace CivBot.Core.Privacy;

using System.Globalization;
using System.Text;

/// <summary>
/// Cleans what people type before it is recorded or echoed. A receipt is permanent and is read by strangers, so it must
/// show what was written: no right-to-left override that makes "gas 05.21" read as "gas 12.50", no invisible
/// characters that make two names look equal but differ, one canonical (NFC) spelling of every letter.
/// </summary>
public static class TextHygiene
{
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>NFC, without bidi controls and invisible format characters; a ZWJ inside an emoji sequence stays.</summary>
    public static string Clean(string text)
    {
        if (text.Length == 0)
            return text;
        var normalized = UnicodeForms.Nfc(text);
        if (!HasInvisible(normalized))
            return normalized;
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ZeroWidthJoiner)
            {
                // Family and profession emoji are joined by ZWJ (👩‍⚕️): removing it would change what they say.
                if (
                    IsEmojiAt(normalized, i - 1, before: true)
                    && IsEmojiAt(normalized, i + 1, before: false)
                )
                    sb.Append(c);
                continue;
            }
            if (IsInvisible(c))
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True for bidi controls, zero-width and other invisible format characters (the ZWJ included).</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            && !char.IsSurrogate(c)
            && c != '\uFE0F';

    private static bool HasInvisible(string s)
    {
        foreach (var c in s)
        {
            if (IsInvisible(c))
                return true;
        }
        return false;
    }

    // An emoji is a pictograph outside the BMP (a surrogate pair), a BMP symbol such as ❤ or ⚕, or the variation
    // selector that turns a symbol into an emoji.
    private static bool IsEmojiAt(string s, int i, bool before)
    {
        if (i < 0 || i >= s.Length)
            return false;
        var c = s[i];
        if (c == '\uFE0F' || char.IsSurrogate(c))
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.OtherSymbol;
    }
}
