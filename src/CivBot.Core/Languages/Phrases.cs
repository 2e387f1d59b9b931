namespace CivBot.Core.Languages;

using System.Globalization;
using CivBot.Core.Engine;
using CivBot.Core.Flows;
using CivBot.Core.Receipts;

/// <summary>
/// The bot's own words on receipts as language-neutral phrases (<see cref="Phrase"/>): one factory per phrase, and how
/// each reads in a catalogue. The engine records the phrase, and its English rendering as the summary; every reader
/// (the chat's <c>/receipts</c>, the kit, the public page, exports) renders it in their language.
/// </summary>
public static partial class Phrases
{
    /// <summary>The phrase in <paramref name="w"/>'s words.</summary>
    public static string Render(Words w, Phrase phrase) =>
        TryRender(w, phrase)
        ?? throw new InvalidOperationException($"No text for the phrase '{phrase.Key}'.");

    /// <summary>
    /// The phrase in <paramref name="w"/>'s words, or null when this program does not know it (a receipt written by a
    /// newer version) or its values do not fit: the reader then shows the receipt's English summary.
    /// </summary>
    public static string? TryRender(Words w, Phrase phrase)
    {
        var text =
            Texts.TryGetValue(phrase.Key, out var render) ? render
            : Why.Texts.TryGetValue(phrase.Key, out var why) ? why
            : null;
        return text is null ? null : Safely(() => text(w, phrase));
    }

    /// <summary>A rendering, or null when the phrase's values do not fit it (a wrong count, a number that is not one).</summary>
    private static string? Safely(Func<string> render)
    {
        try
        {
            return render();
        }
        catch (Exception e)
            when (e
                    is FormatException
                        or OverflowException
                        or ArgumentException
                        or IndexOutOfRangeException
                        or InvalidOperationException
            )
        {
            return null;
        }
    }

    /// <summary>Every phrase key this program can render: receipts' and reasons'.</summary>
    public static IEnumerable<string> Keys => Texts.Keys.Concat(Why.Texts.Keys);

    internal static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value as a phrase value: its name in kebab case ("steward-asked").</summary>
    internal static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    internal static T Parse<T>(string code)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Code(v) == code).Cast<T?>().FirstOrDefault()
        ?? throw new FormatException($"'{code}' is not a {typeof(T).Name}.");
}
