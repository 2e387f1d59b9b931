namespace CivBot.Telegram.Api;

using System.Text.Json;

/// <summary>One Bot API answer: <c>ok</c> with <c>result</c>, or the error code, description and parameters.</summary>
internal sealed record TelegramResponse(
    int HttpStatus,
    bool Ok,
    JsonElement Result,
    int ErrorCode,
    string Description,
    int? RetryAfter,
    long? MigrateToChatId
)
{
    public bool DescriptionContains(string text) =>
        Description.Contains(text, StringComparison.OrdinalIgnoreCase);
}
