namespace CivBot.Telegram.Api;

/// <summary>The token is part of every API URL, so any text that may carry a URL passes through here before a log.</summary>
internal static class TokenRedactor
{
    public const string Mask = "<token>";

    public static string Redact(string text, string token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, Mask, StringComparison.Ordinal);
}
