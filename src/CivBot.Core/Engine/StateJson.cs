namespace CivBot.Core.Engine;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>The stored form of a group's state (and of timers). Storage keeps it as one JSON document per group.</summary>
public static class StateJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Serialize(GroupState state) => JsonSerializer.Serialize(state, Options);

    public static GroupState Deserialize(string json) =>
        JsonSerializer.Deserialize<GroupState>(json, Options)
        ?? throw new InvalidDataException("Stored group state is empty.");

    public static string Serialize(TimerSpec timer) => JsonSerializer.Serialize(timer, Options);

    public static TimerSpec DeserializeTimer(string json) =>
        JsonSerializer.Deserialize<TimerSpec>(json, Options)
        ?? throw new InvalidDataException("Stored timer is empty.");

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.Converters.Add(new MemberIdConverter());
        o.Converters.Add(new GroupIdConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
