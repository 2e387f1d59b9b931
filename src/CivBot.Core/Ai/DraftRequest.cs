namespace CivBot.Core.Ai;

using System.Text.Json;
using System.Text.Json.Serialization;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// A draft asked for with <c>/draft</c>: the engine's facts plus the loop's receipts, which storage adds when it
/// queues the request. Everything the model is shown comes from here.
/// </summary>
/// <param name="Serial">The group's draft number: the answer names it, so a late answer to an older request is ignored.</param>
public sealed record DraftRequest(
    GroupId Group,
    int Serial,
    DraftFacts Facts,
    IReadOnlyList<DraftReceipt> Receipts
)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new Engine.GroupIdConverter() },
    };

    /// <summary>How many receipts a request carries at most: the loop's first (the ask) and its latest.</summary>
    public const int MaxReceipts = 40;

    /// <summary>The loop's receipts as the model may see them: handles and recorded texts only.</summary>
    public static IReadOnlyList<DraftReceipt> From(IEnumerable<Receipt> receipts)
    {
        var ordered = receipts.OrderBy(r => r.Seq).ToList();
        if (ordered.Count > MaxReceipts)
            ordered = [ordered[0], .. ordered.TakeLast(MaxReceipts - 1)];
        return
        [
            .. ordered.Select(r => new DraftReceipt(
                r.Seq,
                r.Kind.WireName(),
                r.Actor,
                r.Summary,
                r.Amount,
                r.Currency
            )),
        ];
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static DraftRequest Deserialize(string json) =>
        JsonSerializer.Deserialize<DraftRequest>(json, Json)
        ?? throw new InvalidDataException("Empty draft request.");
}
