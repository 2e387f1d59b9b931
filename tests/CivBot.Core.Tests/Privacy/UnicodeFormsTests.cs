namespace CivBot.Core.Tests.Privacy;

using System.Globalization;
using System.Text;
using CivBot.Core.Privacy;

public sealed class UnicodeFormsTests
{
    public static TheoryData<int> Chunks() => [.. Enumerable.Range(0, 8)];

    // The vectors come from Python's unicodedata, an implementation independent of CivBot's, for every code point
    // that decomposes or is a combining mark, marks in random orders, and Hangul jamo and syllables.
    [Theory]
    [MemberData(nameof(Chunks))]
    public void Nfc_and_nfkc_match_an_independent_implementation_for_every_decomposable_code_point(
        int chunk
    )
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (input, nfc, nfkc) in Vectors().Where((_, i) => i % 8 == chunk))
        {
            checkedCount++;
            if (UnicodeForms.Nfc(input) != nfc)
                failures.Add(
                    $"NFC {Hex(input)} gave {Hex(UnicodeForms.Nfc(input))}, expected {Hex(nfc)}"
                );
            if (UnicodeForms.Nfkc(input) != nfkc)
                failures.Add(
                    $"NFKC {Hex(input)} gave {Hex(UnicodeForms.Nfkc(input))}, expected {Hex(nfkc)}"
                );
        }
        Assert.True(checkedCount > 2000, $"only {checkedCount} vectors were read");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void Nfkc_folds_the_forms_people_use_to_dodge_filters()
    {
        Assert.Equal("Ann", UnicodeForms.Nfkc("Ａｎｎ"));
        Assert.Equal("fi", UnicodeForms.Nfkc("\uFB01"));
        Assert.Equal("Bob", UnicodeForms.Nfkc("𝐁𝐨𝐛"));
        Assert.Equal("2", UnicodeForms.Nfkc("²"));
        Assert.Equal("한", UnicodeForms.Nfkc("\u1112\u1161\u11AB"));
    }

    [Fact]
    public void Nfc_composes_and_keeps_ascii_untouched()
    {
        Assert.Equal("é", UnicodeForms.Nfc("e\u0301"));
        const string ascii = "plain text";
        Assert.Same(ascii, UnicodeForms.Nfc(ascii));
    }

    private static IEnumerable<(string Input, string Nfc, string Nfkc)> Vectors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "normalization-vectors.txt");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split(';');
            yield return (Text(parts[0]), Text(parts[1]), Text(parts[2]));
        }
    }

    private static string Text(string hex)
    {
        var sb = new StringBuilder();
        foreach (var cp in hex.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            sb.Append(
                char.ConvertFromUtf32(
                    int.Parse(cp, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                )
            );
        return sb.ToString();
    }

    private static string Hex(string s) =>
        string.Join(
            ' ',
            s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture))
        );
}
