namespace CivBot.Web;

using System.Globalization;
using System.Text;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;

/// <summary>The treasurer's export: date, loop, kind, actor, description, amount, currency, receipt hash.</summary>
public static class PageCsv
{
    public const string Header = "date,loop,kind,actor,description,amount,currency,receipt_hash";

    /// <summary>The receipts as CSV; descriptions in <paramref name="w"/>'s language where the bot wrote them.</summary>
    public static string Write(Words w, IEnumerable<Receipt> receipts)
    {
        var sb = new StringBuilder(Header).Append("\r\n");
        foreach (var r in receipts)
        {
            sb.Append(CanonicalJson.FormatTime(r.At)).Append(',');
            sb.Append(r.Loop?.ToString(CultureInfo.InvariantCulture)).Append(',');
            sb.Append(r.Kind.WireName()).Append(',');
            sb.Append(Field(r.Actor)).Append(',');
            sb.Append(Field(ReceiptText.Summary(w, r))).Append(',');
            sb.Append(r.Amount?.ToString(CultureInfo.InvariantCulture)).Append(',');
            sb.Append(Field(r.Currency ?? "")).Append(',');
            sb.Append(r.Hash).Append("\r\n");
        }
        return sb.ToString();
    }

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
