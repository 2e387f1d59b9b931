namespace CivBot.Core.Receipts;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// Words the bot wrote, kept as a language-neutral code and its values rather than as a sentence, so each reader sees
/// them in their own language (<see cref="Languages.Phrases"/> renders them). <see cref="Values"/> are names, numbers
/// and what people wrote, as text; <see cref="Parts"/> are phrases inside this one (why a loop closed). Since form 3 a
/// receipt the bot worded carries one, and its summary is the English rendering.
/// </summary>
/// <remarks>
/// In the canonical form a phrase is a JSON array: the key, then each value as a string, then each part as a nested
/// array — <c>["closed","7",["decided"]]</c>.
/// </remarks>
public sealed record Phrase(string Key, IReadOnlyList<string> Values, IReadOnlyList<Phrase> Parts)
{
    public static Phrase Of(string key, params string[] values) => new(key, values, []);

    /// <summary>The same phrase with these phrases inside it (nulls left out: an optional part at the end).</summary>
    public Phrase With(params Phrase?[] parts) => this with { Parts = [.. parts.OfType<Phrase>()] };

    public string Value(int i) => Values[i];

    public int Number(int i) =>
        int.Parse(Values[i], NumberStyles.Integer, CultureInfo.InvariantCulture);

    public long Long(int i) =>
        long.Parse(Values[i], NumberStyles.Integer, CultureInfo.InvariantCulture);

    public decimal Decimal(int i) =>
        decimal.Parse(Values[i], NumberStyles.Number, CultureInfo.InvariantCulture);

    public bool Flag(int i) => Values[i] == "1";

    public Phrase Part(int i) => Parts[i];

    public Phrase? OptionalPart(int i) => i < Parts.Count ? Parts[i] : null;

    /// <summary>The same phrase with every value, in every part, passed through <paramref name="map"/>.</summary>
    public Phrase Select(Func<string, string> map) =>
        new(Key, [.. Values.Select(map)], [.. Parts.Select(p => p.Select(map))]);

    /// <summary>Whether any value, in any part, matches.</summary>
    public bool Any(Func<string, bool> match) => Values.Any(match) || Parts.Any(p => p.Any(match));

    public bool Equals(Phrase? other) =>
        other is not null
        && Key == other.Key
        && Values.SequenceEqual(other.Values)
        && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => HashCode.Combine(Key, Values.Count, Parts.Count);

    /// <summary>The canonical JSON array (<see cref="CanonicalJson"/> writes the same bytes inside a receipt).</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        CanonicalJson.AppendPhrase(sb, this);
        return sb.ToString();
    }

    /// <summary>Reads a phrase's JSON array back; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static Phrase Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A receipt's phrase is not valid JSON.", e);
        }
    }

    private static Phrase Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
            throw new InvalidDataException("A receipt's phrase must be a non-empty JSON array.");
        var items = e.EnumerateArray().ToList();
        if (items[0].ValueKind != JsonValueKind.String)
            throw new InvalidDataException("A receipt's phrase must start with its key.");
        var values = new List<string>();
        var parts = new List<Phrase>();
        foreach (var item in items.Skip(1))
        {
            if (item.ValueKind == JsonValueKind.String && parts.Count == 0)
                values.Add(item.GetString()!);
            else if (item.ValueKind == JsonValueKind.Array)
                parts.Add(Read(item));
            else
                throw new InvalidDataException(
                    "A receipt's phrase holds text values, then nested phrases, nothing else."
                );
        }
        return new Phrase(items[0].GetString()!, values, parts);
    }
}
