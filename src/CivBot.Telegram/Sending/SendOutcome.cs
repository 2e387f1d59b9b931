namespace CivBot.Telegram.Sending;

using CivBot.Core.Ports;
using CivBot.Telegram.Api;

/// <summary>How a Bot API answer to a send or an edit turns into an outbox result.</summary>
internal static class SendOutcome
{
    public static SendResult From<T>(TelegramAnswer<T> answer, string? messageId)
    {
        if (answer.Ok)
            return new Sent(messageId);
        if (answer.ErrorCode == 429 || answer.HttpStatus == 429)
            return new RetryLater(
                "Telegram rate limit (429)",
                TimeSpan.FromSeconds(Math.Max(1, answer.RetryAfter ?? 1))
            );
        if (answer.HttpStatus >= 500 || answer.ErrorCode >= 500)
            return new RetryLater($"Telegram server error {answer.HttpStatus}");
        if (answer.ErrorCode == 403)
            return new Undeliverable(Short(answer));
        if (answer.ErrorCode is 401 or 404)
            // The token was refused: a configuration problem to fix, never a reason to drop the group's messages.
            return new RetryLater($"Telegram refused the bot token ({answer.ErrorCode})");
        if (answer.ErrorCode == 400)
            return new Undeliverable(Short(answer));
        return new RetryLater($"Telegram error {answer.ErrorCode}");
    }

    private static string Short<T>(TelegramAnswer<T> answer) =>
        $"{answer.ErrorCode}: {(answer.Description.Length > 200 ? answer.Description[..200] : answer.Description)}";
}
