namespace CivBot.Discord.Api;

using System.Text.Json;

/// <summary>
/// One REST answer. <see cref="Status"/> 0 means no answer came (timeout, connection failure); a 429 carries
/// <see cref="RetryAfter"/> and whether the limit was the global one.
/// </summary>
internal sealed record DiscordResponse(
    int Status,
    JsonElement Body,
    int Code,
    string Message,
    TimeSpan? RetryAfter = null,
    bool Global = false
)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>The <c>id</c> of the object returned (a message, a channel).</summary>
    public string? Id =>
        Body.ValueKind == JsonValueKind.Object
        && Body.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    public static DiscordResponse NoAnswer(string reason) => new(0, default, 0, reason);

    public override string ToString() =>
        Status == 0 ? Message : $"HTTP {Status} (code {Code}: {Message})";
}
