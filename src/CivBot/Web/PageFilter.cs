namespace CivBot.Web;

using System.Globalization;
using CivBot.Core.Receipts;

/// <summary>The page's filters (query string): loop, kind, and a date range, all optional.</summary>
public sealed record PageFilter(int? Loop, string? Kind, DateOnly? From, DateOnly? To)
{
    public static PageFilter Parse(string? loop, string? kind, string? from, string? to) =>
        new(
            int.TryParse(loop, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : null,
            kind is not null && ReceiptKinds.TryParse(kind, out _) ? kind : null,
            Date(from),
            Date(to)
        );

    public bool IsEmpty => Loop is null && Kind is null && From is null && To is null;

    public bool Matches(Receipt r)
    {
        var day = DateOnly.FromDateTime(r.At.UtcDateTime);
        return (Loop is null || r.Loop == Loop)
            && (Kind is null || r.Kind.WireName() == Kind)
            && (From is null || day >= From)
            && (To is null || day <= To);
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d
        )
            ? d
            : null;
}
