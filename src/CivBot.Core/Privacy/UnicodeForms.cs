namespace CivBot.Core.Privacy;

using System.Text;

/// <summary>
/// NFC and a compatibility fold (the NFKC mappings people use to dodge filters: full-width forms, mathematical letters
/// and digits, ligatures, super- and subscript digits). The host runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does nothing, so both are done here from <see cref="CompositionData"/>.
/// </summary>
public static class UnicodeForms
{
    private static readonly Dictionary<(char Base, char Mark), char> Compositions = Build();

    private static readonly HashSet<char> Marks = [.. Compositions.Keys.Select(k => k.Mark)];

    /// <summary>Canonical composition: "e" + U+0301 becomes "é".</summary>
    public static string Nfc(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (Marks.Contains(c))
            {
                any = true;
                break;
            }
        }
        if (!any)
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (
                sb.Length > 0
                && Marks.Contains(c)
                && Compositions.TryGetValue((sb[^1], c), out var composed)
            )
                sb[^1] = composed;
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>NFC, then the compatibility mappings that turn look-alike forms into plain letters and digits.</summary>
    public static string CompatibilityFold(string text)
    {
        var nfc = Nfc(text);
        StringBuilder? sb = null;
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            string? to = null;
            var width = 1;
            if (c is >= '\uFF01' and <= '\uFF5E')
                to = ((char)(c - 0xFEE0)).ToString();
            else if (c is '\u3000' or '\u00A0' or '\u2007' or '\u202F')
                to = " ";
            else if (c is >= '\u2070' and <= '\u2079' && c is not ('\u2072' or '\u2073'))
                to = ((char)('0' + c - 0x2070)).ToString();
            else if (c is >= '\u2080' and <= '\u2089')
                to = ((char)('0' + c - 0x2080)).ToString();
            else if (c is '\u00B9')
                to = "1";
            else if (c is '\u00B2' or '\u00B3')
                to = ((char)('0' + c - 0x00B0)).ToString();
            else if (c is >= '\u2460' and <= '\u2468')
                to = ((char)('1' + c - 0x2460)).ToString();
            else if (c is >= '\uFB00' and <= '\uFB04')
                to = c switch
                {
                    '\uFB00' => "ff",
                    '\uFB01' => "fi",
                    '\uFB02' => "fl",
                    '\uFB03' => "ffi",
                    _ => "ffl",
                };
            else if (
                char.IsHighSurrogate(c)
                && i + 1 < nfc.Length
                && char.IsLowSurrogate(nfc[i + 1])
            )
            {
                var cp = char.ConvertToUtf32(c, nfc[i + 1]);
                if (cp is >= 0x1D7CE and <= 0x1D7FF)
                    to = ((char)('0' + (cp - 0x1D7CE) % 10)).ToString();
                else if (cp is >= 0x1D400 and <= 0x1D6A3)
                {
                    var k = (cp - 0x1D400) % 52;
                    to = ((char)(k < 26 ? 'A' + k : 'a' + k - 26)).ToString();
                }
                if (to is not null)
                    width = 2;
            }
            if (to is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(nfc, 0, i, nfc.Length);
            sb.Append(to);
            i += width - 1;
        }
        return sb?.ToString() ?? nfc;
    }

    private static Dictionary<(char, char), char> Build()
    {
        var map = new Dictionary<(char, char), char>();
        var t = CompositionData.Triples;
        for (var i = 0; i + 2 < t.Length; i += 3)
            map[(t[i], t[i + 1])] = t[i + 2];
        return map;
    }
}
