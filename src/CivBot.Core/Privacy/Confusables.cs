namespace CivBot.Core.Privacy;

using System.Text;

/// <summary>
/// The UTS #39 skeleton, for telling whether two names look alike to a reader ("Аnn" with a Cyrillic А, "ANN",
/// "A nn", "AnnI" against "Annl", "B0b" against "Bob"). Only for comparing names; never shown. The prototypes are
/// Unicode's whole confusables table (<see cref="UnicodeData.Prototypes"/>), not a hand-picked list.
/// </summary>
public static class Confusables
{
    /// <summary>
    /// NFKC, then the UTS #39 skeleton before and after case folding (a capital I passes for l only while it is a
    /// capital), without spaces, separators and invisible characters.
    /// </summary>
    public static string Skeleton(string name)
    {
        var looks = Prototype(UnicodeForms.Nfkc(name)).ToLowerInvariant();
        var sb = new StringBuilder(looks.Length);
        foreach (var c in looks)
        {
            if (
                char.IsWhiteSpace(c)
                || c is '.' or '_' or '-' or '\''
                || TextHygiene.IsInvisible(c)
            )
                continue;
            sb.Append(c);
        }
        return Prototype(sb.ToString());
    }

    /// <summary>
    /// The plain-ASCII spelling of a name written with look-alike letters ("Аnn" with a Cyrillic А is "Ann"), or null
    /// when some letter has no single ASCII look-alike (a name really written in another script stays as it is).
    /// </summary>
    public static string? AsciiSpelling(string name)
    {
        var data = UnicodeData.Instance;
        var sb = new StringBuilder(name.Length);
        foreach (var rune in UnicodeForms.Nfkc(name).EnumerateRunes())
        {
            if (rune.IsAscii)
                sb.Append((char)rune.Value);
            else if (
                data.Prototypes.TryGetValue(rune.Value, out var prototype)
                && prototype is [var cp and < 0x80]
                && char.IsAsciiLetterOrDigit((char)cp)
            )
                sb.Append((char)cp);
            else
                return null;
        }
        return sb.ToString();
    }

    // UTS #39: NFD, each code point replaced by its prototype, NFD again.
    private static string Prototype(string text)
    {
        var data = UnicodeData.Instance;
        var sb = new StringBuilder(text.Length);
        foreach (var rune in UnicodeForms.Nfd(text).EnumerateRunes())
        {
            if (data.Prototypes.TryGetValue(rune.Value, out var prototype))
            {
                foreach (var cp in prototype)
                    sb.Append(new Rune(cp).ToString());
            }
            else
                sb.Append(rune.ToString());
        }
        return UnicodeForms.Nfd(sb.ToString());
    }
}
