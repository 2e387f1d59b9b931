namespace CivBot.Telegram.Mapping;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

/// <summary>
/// One update's JSON as Telegram.Bot's <see cref="Update"/>, read on its own so a bad update is refused by itself.
/// Strings that are not valid Unicode (a lone surrogate escape, invalid UTF-8) are read as the person meant them, with
/// U+FFFD for what cannot be read (<see cref="JsonText"/>), before the typed read, which would refuse the whole update.
/// </summary>
internal static partial class UpdateReader
{
    /// <param name="UpdateId">Null when the payload is not an update at all (no update id to be read).</param>
    /// <param name="Refusal">Why the update cannot be read; null when <paramref name="Update"/> is set.</param>
    public sealed record Reading(long? UpdateId, Update? Update, string? Refusal);

    public static Reading Read(JsonElement json)
    {
        if (UpdateId(json) is not { } id)
            return new(null, null, null);
        // Telegram always sends a number: anything else is not Telegram's update, though its id can still be refused.
        if (json.GetProperty("update_id").ValueKind != JsonValueKind.Number)
            return new(id, null, "update_id is not a number");
        // Almost every update reads as it came; only one that does not is read again with its strings repaired, and
        // refused when even that fails.
        return Deserialize(() => json, id) is { Update: not null } read
            ? read
            : Deserialize(() => Repaired(json), id);
    }

    private static Reading Deserialize(Func<JsonElement> json, long id)
    {
        try
        {
            var update = json().Deserialize<Update>(JsonBotAPI.Options);
            return update is null ? new(id, null, "the update is empty") : new(id, update, null);
        }
        catch (JsonException e)
        {
            return new(id, null, Reason(e));
        }
        catch (Exception e)
            when (e
                    is InvalidOperationException
                        or FormatException
                        or ArgumentException
                        or OverflowException
            )
        {
            return new(id, null, $"unreadable update ({e.GetType().Name})");
        }
    }

    /// <summary>"message.chat.id is not a number": where the update differs from what Telegram sends, and how.</summary>
    internal static string Reason(JsonException e)
    {
        var path =
            e.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal)
                ? p[2..]
                : "the update";
        var message = e.Message;
        if (Missing().Match(message) is { Success: true } missing)
            return $"{path} has no {missing.Groups[1].Value}";
        var what = Converted().Match(message) is { Success: true } m ? m.Groups[1].Value : "";
        return what switch
        {
            _ when what.StartsWith("System.Int", StringComparison.Ordinal)
                    || what.StartsWith("System.Double", StringComparison.Ordinal) =>
                $"{path} is not a number",
            "System.Boolean" => $"{path} is not true or false",
            "System.String" => $"{path} is not text",
            _ => $"{path} is not what Telegram sends",
        };
    }

    [GeneratedRegex(@"missing required properties including: '([^']+)'")]
    private static partial Regex Missing();

    [GeneratedRegex(@"could not be converted to ([\w.`\[\]]+)")]
    private static partial Regex Converted();

    /// <summary>The update's id, also when it came as a string of digits; null when there is none to be read.</summary>
    internal static long? UpdateId(JsonElement update)
    {
        if (
            update.ValueKind != JsonValueKind.Object
            || !update.TryGetProperty("update_id", out var id)
        )
            return null;
        if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var n))
            return n;
        return
            id.ValueKind == JsonValueKind.String
            && long.TryParse(
                JsonText.Read(id),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var s
            )
            ? s
            : null;
    }

    /// <summary>The same JSON with every string as <see cref="JsonText.Read"/> reads it.</summary>
    private static JsonElement Repaired(JsonElement json)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, json);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(JsonText.Read(element));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
