namespace CivBot.Discord.Sending;

using CivBot.Core.Ports;
using CivBot.Discord.Api;

/// <summary>How a REST answer to a send or an edit turns into an outbox result.</summary>
internal static class SendOutcome
{
    /// <summary>Cannot send messages to this user (they closed DMs from server members).</summary>
    public const int CannotMessageUser = 50007;

    public static SendResult From(DiscordResponse response, string? knownMessageId = null)
    {
        if (response.Ok)
            return new Sent(response.Id ?? knownMessageId);
        return response.Status switch
        {
            0 => new RetryLater($"Discord: {response.Message}"),
            429 => new RetryLater(
                response.Global ? "Discord global rate limit (429)" : "Discord rate limit (429)",
                response.RetryAfter
            ),
            >= 500 => new RetryLater($"Discord server error {response.Status}"),
            // The token was refused: a configuration problem to fix, never a reason to drop the group's messages.
            401 => new RetryLater("Discord refused the bot token (401)"),
            _ => new Undeliverable(Short(response)),
        };
    }

    private static string Short(DiscordResponse response) =>
        $"{response.Status} {response.Code}: {(response.Message.Length > 200 ? response.Message[..200] : response.Message)}";
}
