namespace CivBot.Discord.Sending;

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CivBot.Discord.Api;

/// <summary>
/// User id → DM channel id. Opening a DM (POST /users/@me/channels) returns the same channel every time, so one call
/// per user per run is enough; a DM the user wrote first is learned from the message.
/// </summary>
internal sealed class DirectChannels(DiscordRest rest)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public void Learn(string userId, string channelId) => _channels[userId] = channelId;

    /// <summary>The channel id, or the failed answer (rate limit, refusal) to turn into an outbox result.</summary>
    public async Task<(string? ChannelId, DiscordResponse? Failure)> OpenAsync(
        string userId,
        CancellationToken cancellationToken
    )
    {
        if (_channels.TryGetValue(userId, out var known))
            return (known, null);
        var response = await rest.TryAsync(
            HttpMethod.Post,
            "/users/@me/channels",
            new JsonObject { ["recipient_id"] = userId },
            cancellationToken
        );
        if (!response.Ok || response.Id is not { } id)
            return (
                null,
                response.Ok ? DiscordResponse.NoAnswer("DM channel without an id") : response
            );
        _channels[userId] = id;
        return (id, null);
    }
}
