namespace CivBot.Telegram.Api;

/// <summary>One Bot API answer: the result, or the error code, description and parameters Telegram sent with it.</summary>
/// <param name="HttpStatus">The HTTP status of an answer that was not a Bot API answer (a proxy's 502 page); else the error code.</param>
internal sealed record TelegramAnswer<T>(
    bool Ok,
    T? Result,
    int ErrorCode,
    string Description,
    int? RetryAfter,
    long? MigrateToChatId,
    int HttpStatus
)
{
    public static TelegramAnswer<T> Success(T result) => new(true, result, 0, "", null, null, 200);

    public bool DescriptionContains(string text) =>
        Description.Contains(text, StringComparison.OrdinalIgnoreCase);
}
