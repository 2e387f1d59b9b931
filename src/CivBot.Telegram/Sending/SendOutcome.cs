namespace CivBot.Telegram.Sending;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Ports;
using CivBot.Telegram.Api;

/// <summary>How a Bot API answer to a send or an edit turns into an outbox result.</summary>
internal static class SendOutcome
{
    public static SendResult From(TelegramResponse response, string? knownMessageId = null)
    {
        if (response.Ok)
            return new Sent(MessageId(response.Result) ?? knownMessageId);
        if (response.ErrorCode == 429 || response.HttpStatus == 429)
            return new RetryLater(
                "Telegram rate limit (429)",
                TimeSpan.FromSeconds(Math.Max(1, response.RetryAfter ?? 1))
            );
        if (response.HttpStatus >= 500 || response.ErrorCode >= 500)
            return new RetryLater($"Telegram server error {response.HttpStatus}");
        if (response.ErrorCode == 403)
            return new Undeliverable(Short(response));
        if (response.ErrorCode is 401 or 404)
            // The token was refused: a configuration problem to fix, never a reason to drop the group's messages.
            return new RetryLater($"Telegram refused the bot token ({response.ErrorCode})");
        if (response.ErrorCode == 400)
            return new Undeliverable(Short(response));
        return new RetryLater($"Telegram error {response.ErrorCode}");
    }

    /// <summary>The sent message's id: <c>result.message_id</c> (an edit of an inline message returns <c>true</c>).</summary>
    public static string? MessageId(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object
        && result.TryGetProperty("message_id", out var id)
        && id.TryGetInt64(out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    private static string Short(TelegramResponse response) =>
        $"{response.ErrorCode}: {(response.Description.Length > 200 ? response.Description[..200] : response.Description)}";
}
