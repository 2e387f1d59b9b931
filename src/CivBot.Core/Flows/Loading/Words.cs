namespace CivBot.Core.Flows.Loading;

/// <summary>Small helpers so error messages read as plain English.</summary>
internal static class Words
{
    public static string A(string word) =>
        ("aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;
}
