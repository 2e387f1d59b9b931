namespace CivBot.Discord.Receiving;

using System.Text.Json.Nodes;
using CivBot.Discord.Api;
using Microsoft.Extensions.Logging;

/// <summary>
/// With <c>UseThreads</c>, an ask opens a public thread where its loop runs: from the ask's own message, or (for a slash
/// command, which has no message) a new thread in the channel. A failure only means the loop runs in the channel.
/// </summary>
internal sealed class LoopThreads(
    DiscordRest rest,
    ThreadDirectory directory,
    ILogger<LoopThreads> logger
)
{
    private const int ThreadExists = 160004;
    private const int PublicThread = 11;
    private const int OneDay = 1440;

    public async Task<string?> FromMessageAsync(
        string channelId,
        string messageId,
        string ask,
        CancellationToken cancellationToken
    )
    {
        var response = await rest.SendAsync(
            HttpMethod.Post,
            $"/channels/{channelId}/messages/{messageId}/threads",
            new JsonObject { ["name"] = Name(ask), ["auto_archive_duration"] = OneDay },
            cancellationToken
        );
        // A thread started from a message has the message's id; a replayed ask finds it already there.
        var thread =
            response.Ok ? response.Id
            : response.Code == ThreadExists ? messageId
            : null;
        return Learn(channelId, thread, response);
    }

    public async Task<string?> InChannelAsync(
        string channelId,
        string ask,
        CancellationToken cancellationToken
    )
    {
        var response = await rest.SendAsync(
            HttpMethod.Post,
            $"/channels/{channelId}/threads",
            new JsonObject
            {
                ["name"] = Name(ask),
                ["type"] = PublicThread,
                ["auto_archive_duration"] = OneDay,
            },
            cancellationToken
        );
        return Learn(channelId, response.Ok ? response.Id : null, response);
    }

    private string? Learn(string channelId, string? thread, DiscordResponse response)
    {
        if (thread is null)
        {
            logger.LogWarning(
                "Discord refused to start a loop thread ({Response}); the loop runs in the channel",
                response
            );
            return null;
        }
        directory.Learn(thread, channelId);
        return thread;
    }

    /// <summary>1-100 characters; the ask's first line is what people recognise in the thread list.</summary>
    internal static string Name(string ask)
    {
        var line = ask.Split('\n', 2)[0].Trim();
        if (line.Length == 0)
            line = "Ask";
        return line.Length > 100 ? line[..99] + "…" : line;
    }
}
