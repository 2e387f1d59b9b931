namespace CivBot.Core.Privacy;

using System.Text;

/// <summary>
/// A skeleton in the spirit of UTS #39: two names with the same skeleton look alike to a reader ("Аnn" with a Cyrillic
/// А, "ANN", "A nn", "AnnI" against "Annl"). Only for comparing names; never shown. The table covers the letters that
/// actually pass for Latin ones in chat fonts (Cyrillic, Greek, digits), not the whole Unicode confusables file.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, string> Map = Build();

    public static string Skeleton(string name)
    {
        var folded = UnicodeForms.CompatibilityFold(name);
        var sb = new StringBuilder(folded.Length);
        // Mapped before and after lower-casing: capital I passes for l only while it is a capital.
        foreach (var c in MapAll(folded).ToLowerInvariant())
        {
            if (
                char.IsWhiteSpace(c)
                || c is '.' or '_' or '-' or '\''
                || TextHygiene.IsInvisible(c)
            )
                continue;
            sb.Append(c);
        }
        return MapAll(sb.ToString());
    }

    private static string MapAll(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(Map.TryGetValue(c, out var to) ? to : c.ToString());
        return sb.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string from, string to)
        {
            foreach (var c in from)
                map[c] = to;
        }
        // Cyrillic and Greek look-alikes of Latin letters, capitals and small.
        Add("АΑ", "A");
        Add("ВΒ", "B");
        Add("СϹ", "C");
        Add("ЕΕ", "E");
        Add("НΗ", "H");
        Add("ІΙӀ|1Il", "l");
        Add("ЈͿ", "J");
        Add("КΚ", "K");
        Add("МΜ", "M");
        Add("ΝN", "N");
        Add("ОΟ0", "o");
        Add("РΡ", "P");
        Add("ЅS", "S");
        Add("ТΤ", "T");
        Add("ХΧ", "X");
        Add("УΥ", "Y");
        Add("ΖZ", "Z");
        Add("аα", "a");
        Add("сϲ", "c");
        Add("ԁ", "d");
        Add("еε", "e");
        Add("ɡ", "g");
        Add("һ", "h");
        Add("іιı", "i");
        Add("ј", "j");
        Add("κк", "k");
        Add("ℓӏ", "l");
        Add("оοσ", "o");
        Add("рρ", "p");
        Add("ԛ", "q");
        Add("ѕ", "s");
        Add("υ", "u");
        Add("νѵ", "v");
        Add("ԝ", "w");
        Add("хχ", "x");
        Add("уγ", "y");
        // A reader sees "rn" where "m" is written, and "vv" for "w".
        Add("m", "rn");
        Add("w", "vv");
        return map;
    }
}
