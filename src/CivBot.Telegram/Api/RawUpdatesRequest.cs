namespace CivBot.Telegram.Api;

using System.Text.Json;
using System.Text.Json.Serialization;
using global::Telegram.Bot.Requests;
using global::Telegram.Bot.Types.Enums;

/// <summary>
/// getUpdates with each update left as JSON. Telegram.Bot's own request reads the whole batch as <c>Update[]</c>, so
/// one update with a field of the wrong type would make every update in the batch unreadable and stop delivery there;
/// CivBot reads the updates one by one instead (<see cref="Mapping.UpdateReader"/>) and refuses only the bad one.
/// </summary>
internal sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; init; }

    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
