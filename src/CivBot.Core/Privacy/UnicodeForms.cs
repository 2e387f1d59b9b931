namespace CivBot.Core.Privacy;

using System.Text;

/// <summary>
/// Unicode normalization forms NFC, NFD and NFKC (UAX #15) from <see cref="UnicodeData"/>. The host runs with
/// invariant globalization, where <see cref="string.Normalize()"/> does nothing, so CivBot does it here: decompose,
/// put combining marks in canonical order, compose. Checked against an independent implementation's output for every
/// decomposable code point (tests/CivBot.Core.Tests/Privacy/normalization-vectors.txt).
/// </summary>
public static class UnicodeForms
{
    private const int SBase = 0xAC00,
        LBase = 0x1100,
        VBase = 0x1161,
        TBase = 0x11A7,
        LCount = 19,
        VCount = 21,
        TCount = 28,
        NCount = VCount * TCount,
        SCount = LCount * NCount;

    /// <summary>Canonical composition: "e" + U+0301 becomes "é".</summary>
    public static string Nfc(string text) => Normalize(text, compatibility: false, compose: true);

    /// <summary>Canonical decomposition: "é" becomes "e" + U+0301.</summary>
    public static string Nfd(string text) => Normalize(text, compatibility: false, compose: false);

    /// <summary>
    /// Compatibility composition: full-width, mathematical, super- and subscript forms and ligatures become the plain
    /// letters and digits they stand for ("ｆｉ" and "ﬁ" become "fi").
    /// </summary>
    public static string Nfkc(string text) => Normalize(text, compatibility: true, compose: true);

    private static string Normalize(string text, bool compatibility, bool compose)
    {
        if (System.Text.Ascii.IsValid(text))
            return text;
        var data = UnicodeData.Instance;
        var cps = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
            Decompose(rune.Value, compatibility, data, cps);
        Reorder(cps, data);
        if (compose)
            Compose(cps, data);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps)
            sb.Append(new Rune(cp).ToString());
        var result = sb.ToString();
        return result == text ? text : result;
    }

    private static void Decompose(int cp, bool compatibility, UnicodeData data, List<int> into)
    {
        var s = cp - SBase;
        if (s is >= 0 and < SCount)
        {
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0)
                into.Add(TBase + s % TCount);
            return;
        }
        if (compatibility && data.Compatibility.TryGetValue(cp, out var k))
            into.AddRange(k);
        else if (data.Canonical.TryGetValue(cp, out var d))
            into.AddRange(d);
        else
            into.Add(cp);
    }

    private static int Class(int cp, UnicodeData data) => data.CombiningClass.GetValueOrDefault(cp);

    // Canonical ordering: a stable sort of each run of combining marks by combining class.
    private static void Reorder(List<int> cps, UnicodeData data)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = Class(cps[i], data);
            if (cc == 0)
                continue;
            var j = i;
            while (j > 0 && Class(cps[j - 1], data) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    // Canonical composition: each mark joins the last starter unless another mark of the same or a higher class, or a
    // starter, stands between them (blocked).
    private static void Compose(List<int> cps, UnicodeData data)
    {
        if (cps.Count < 2)
            return;
        var starterPos = 0;
        var starter = cps[0];
        var lastClass = Class(starter, data) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var ch = cps[read];
            var cc = Class(ch, data);
            var composite = Composite(starter, ch, data);
            if (composite is { } c && (lastClass < cc || lastClass == 0))
            {
                cps[starterPos] = c;
                starter = c;
                continue;
            }
            if (cc == 0)
            {
                starterPos = write;
                starter = ch;
            }
            lastClass = cc;
            cps[write++] = ch;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static int? Composite(int first, int second, UnicodeData data)
    {
        var l = first - LBase;
        var v = second - VBase;
        if (l is >= 0 and < LCount && v is >= 0 and < VCount)
            return SBase + (l * VCount + v) * TCount;
        var s = first - SBase;
        var t = second - TBase;
        if (s is >= 0 and < SCount && s % TCount == 0 && t is > 0 and < TCount)
            return first + t;
        return data.Composites.TryGetValue(UnicodeData.PairKey(first, second), out var c)
            ? c
            : null;
    }
}
