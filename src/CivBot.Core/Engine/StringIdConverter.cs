namespace CivBot.Core.Engine;

using System.Text.Json;
using System.Text.Json.Serialization;
using CivBot.Core.Model;

/// <summary>Writes id structs as bare strings, also as dictionary keys.</summary>
internal sealed class MemberIdConverter : JsonConverter<MemberId>
{
    public override MemberId Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => new(reader.GetString() ?? "");

    public override void Write(
        Utf8JsonWriter writer,
        MemberId value,
        JsonSerializerOptions options
    ) => writer.WriteStringValue(value.Value);

    public override MemberId ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => new(reader.GetString() ?? "");

    public override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        MemberId value,
        JsonSerializerOptions options
    ) => writer.WritePropertyName(value.Value);
}

internal sealed class GroupIdConverter : JsonConverter<GroupId>
{
    public override GroupId Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => new(reader.GetString() ?? "");

    public override void Write(
        Utf8JsonWriter writer,
        GroupId value,
        JsonSerializerOptions options
    ) => writer.WriteStringValue(value.Value);
}
