namespace CivBot.Discord.Receiving;

using System.Text.Json.Nodes;
using CivBot.Discord.Api;
using CivBot.Discord.Mapping;
using CivBot.Discord.Sending;
using Microsoft.Extensions.Logging;

/// <summary>
/// Interaction answers over REST. Discord drops an interaction not answered within 3 s, so the first answer is either
/// the real one (the work finished in time) or a deferral; what the user sees afterwards is a follow-up on the
/// interaction's webhook (15 min). Every answer is ephemeral: the group sees the bot's own messages instead.
/// </summary>
internal sealed class InteractionResponder(DiscordRest rest, ILogger<InteractionResponder> logger)
{
    private const int Ephemeral = 1 << 6;
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;
    private const int DeferredUpdate = 6;

    /// <summary>A button press leaves its message as it is (the outbox edits it); a command gets a deferred, private reply.</summary>
    public Task DeferAsync(MappedInteraction i, CancellationToken cancellationToken) =>
        CallbackAsync(
            i,
            i.Kind == InteractionKind.Button
                ? new JsonObject { ["type"] = DeferredUpdate }
                : new JsonObject
                {
                    ["type"] = DeferredChannelMessage,
                    ["data"] = new JsonObject { ["flags"] = Ephemeral },
                },
            cancellationToken
        );

    /// <summary>The answer proper: for a command, in place of (or after) the deferral; for a button, a message only the voter sees.</summary>
    public async Task AnswerAsync(
        MappedInteraction i,
        string text,
        bool deferred,
        CancellationToken cancellationToken
    )
    {
        var message = new JsonObject
        {
            ["content"] = MarkdownText.Escape(text),
            ["flags"] = Ephemeral,
            ["allowed_mentions"] = AllowedMentions.Only(null),
        };
        if (i.Kind == InteractionKind.Button)
        {
            if (!deferred)
                await CallbackAsync(
                    i,
                    new JsonObject { ["type"] = DeferredUpdate },
                    cancellationToken
                );
            await LogFailureAsync(
                "follow-up",
                rest.SendAsync(
                    HttpMethod.Post,
                    $"/webhooks/{i.ApplicationId}/{i.Token}",
                    message,
                    cancellationToken
                )
            );
        }
        else if (deferred)
            await LogFailureAsync(
                "edit of the deferred answer",
                rest.SendAsync(
                    HttpMethod.Patch,
                    $"/webhooks/{i.ApplicationId}/{i.Token}/messages/@original",
                    message,
                    cancellationToken
                )
            );
        else
            await CallbackAsync(
                i,
                new JsonObject { ["type"] = ChannelMessage, ["data"] = message },
                cancellationToken
            );
    }

    private Task CallbackAsync(
        MappedInteraction i,
        JsonObject body,
        CancellationToken cancellationToken
    ) =>
        LogFailureAsync(
            "callback",
            rest.SendAsync(
                HttpMethod.Post,
                $"/interactions/{i.Id}/{i.Token}/callback",
                body,
                cancellationToken
            )
        );

    /// <summary>Best effort: a missed answer shows "interaction failed" to one person; what they did is recorded either way.</summary>
    private async Task LogFailureAsync(string what, Task<DiscordResponse> call)
    {
        var response = await call;
        if (!response.Ok)
            logger.LogInformation("Discord interaction {What} failed: {Response}", what, response);
    }
}
