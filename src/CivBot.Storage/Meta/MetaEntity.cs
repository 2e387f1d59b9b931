namespace CivBot.Storage.Meta;

/// <summary>A row of <c>meta</c>: a small key/value.</summary>
public sealed class MetaEntity
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
