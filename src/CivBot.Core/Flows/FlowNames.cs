using System.Text;

namespace CivBot.Core.Flows;

/// <summary>The snake_case names flow files use for enum values: <c>open_vote</c>, <c>steward</c>, <c>deliberate</c>.</summary>
public static class FlowNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Snake(value.ToString());

    /// <summary>Every value's name, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Snake(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
                text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
