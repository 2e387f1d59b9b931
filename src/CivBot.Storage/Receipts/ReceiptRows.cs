namespace CivBot.Storage.Receipts;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Storage.Database;

/// <summary>
/// Converts receipts to rows and back. Every field survives exactly (milliseconds, decimal scale, evidence order), so a
/// re-read receipt hashes to the stored hash unless the row itself was edited.
/// </summary>
internal static class ReceiptRows
{
    /// <summary>Column order of <see cref="Read"/>.</summary>
    public const string Columns =
        "group_id, seq, loop_no, kind, at, actor, summary, amount, currency, evidence_json, prev_hash, hash, "
        + "actor_id, actor_type, form, phrase";

    public static ReceiptEntity ToEntity(Receipt r) =>
        new()
        {
            GroupId = r.Group.Value,
            Seq = r.Seq,
            LoopNo = r.Loop,
            Kind = r.Kind.WireName(),
            At = UnixTime.Ms(r.At),
            Actor = r.Actor,
            Summary = r.Summary,
            Amount = AmountText(r.Amount),
            Currency = r.Currency,
            EvidenceJson = EvidenceJson(r.Evidence),
            PrevHash = r.PrevHash,
            Hash = r.Hash,
            ActorId = r.ActorId,
            ActorType = r.ActorType?.WireName(),
            Form = r.Form,
            Phrase = r.Phrase?.ToJson(),
        };

    public static Receipt FromEntity(ReceiptEntity e) =>
        new(
            e.Seq,
            UnixTime.At(e.At),
            new GroupId(e.GroupId),
            e.LoopNo,
            Kind(e.Kind, e.Seq),
            e.Actor,
            e.Summary,
            ParseAmount(e.Amount),
            e.Currency,
            ParseEvidence(e.EvidenceJson),
            e.PrevHash,
            e.Hash,
            e.ActorId,
            ReceiptForms.ParseActorType(e.ActorType),
            e.Form,
            e.Phrase is null ? null : Phrase.Parse(e.Phrase)
        );

    public static Receipt Read(System.Data.Common.DbDataReader r) =>
        new(
            r.GetInt64(1),
            UnixTime.At(r.GetInt64(4)),
            new GroupId(r.GetString(0)),
            r.IsDBNull(2) ? null : r.GetInt32(2),
            Kind(r.GetString(3), r.GetInt64(1)),
            r.GetString(5),
            r.GetString(6),
            ParseAmount(r.IsDBNull(7) ? null : r.GetString(7)),
            r.IsDBNull(8) ? null : r.GetString(8),
            ParseEvidence(r.GetString(9)),
            r.GetString(10),
            r.GetString(11),
            r.IsDBNull(12) ? null : r.GetString(12),
            ReceiptForms.ParseActorType(r.IsDBNull(13) ? null : r.GetString(13)),
            r.GetInt32(14),
            r.IsDBNull(15) ? null : Phrase.Parse(r.GetString(15))
        );

    // ToString keeps the decimal's scale ("12.50"), so the value read back is identical, not just equal.
    public static string? AmountText(decimal? amount) =>
        amount?.ToString(CultureInfo.InvariantCulture);

    public static string EvidenceJson(IReadOnlyList<string> evidence) =>
        evidence.Count == 0 ? "[]" : JsonSerializer.Serialize(evidence);

    private static decimal? ParseAmount(string? text) =>
        text is null
            ? null
            : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string[] ParseEvidence(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static ReceiptKind Kind(string name, long seq) =>
        ReceiptKinds.TryParse(name, out var kind)
            ? kind
            : throw new InvalidDataException($"Receipt #{seq} has an unknown kind '{name}'.");
}
