namespace CivBot.Storage.Receipts;

/// <summary>A row of <c>receipts</c>; <see cref="ReceiptRows"/> converts it to and from Core's receipt.</summary>
public sealed class ReceiptEntity
{
    public required string GroupId { get; set; }
    public long Seq { get; set; }
    public int? LoopNo { get; set; }
    public required string Kind { get; set; }
    public long At { get; set; }
    public required string Actor { get; set; }
    public required string Summary { get; set; }
    public string? Amount { get; set; }
    public string? Currency { get; set; }
    public required string EvidenceJson { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
    public string? ActorId { get; set; }
    public string? ActorType { get; set; }
    public int Form { get; set; } = 1;
    public string? Phrase { get; set; }
}
