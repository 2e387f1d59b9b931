namespace CivBot.Discord.Api;

/// <summary>
/// Discord keys rate limits by route and its top-level resource ("major parameter"): the channel, guild or webhook id
/// stays in the key, every other id becomes a placeholder, so all messages of one channel share a bucket.
/// </summary>
internal readonly record struct DiscordRoute(string Key, string Major, bool Interaction)
{
    private static readonly string[] MajorParents = ["channels", "guilds", "webhooks"];

    public static DiscordRoute Of(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var major = "";
        var interaction = segments.Length > 0 && segments[0] == "interactions";
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            if (i == 1 && MajorParents.Contains(previous))
                major = segments[i];
            else if (interaction && i is 1 or 2)
                // Each interaction is its own short-lived route; one key for all keeps the table small.
                segments[i] = "{interaction}";
            else if (segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit))
                segments[i] = "{id}";
            else if (i == 2 && segments[0] == "webhooks")
                // The interaction token is a secret of sorts and long: it never belongs in a key or a log.
                segments[i] = "{token}";
        }
        return new DiscordRoute(
            $"{method.Method} /{string.Join('/', segments)}",
            major,
            interaction
        );
    }
}
