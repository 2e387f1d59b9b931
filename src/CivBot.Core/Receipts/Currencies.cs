namespace CivBot.Core.Receipts;

using System.Globalization;

/// <summary>
/// ISO 4217 currencies in circulation and their minor units (JPY has none, USD two, KWD three). Fund codes and
/// precious metals are left out: nobody buys gas for a neighbour in XAU.
/// </summary>
public static class Currencies
{
    private const string NoDecimals =
        "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";
    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";
    private const string TwoDecimals =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY "
        + "COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS "
        + "INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR "
        + "MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD "
        + "SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG";

    private static readonly Dictionary<string, int> MinorUnits = Build();

    /// <summary>The number of decimals the currency uses, or null when the code is not an ISO 4217 currency.</summary>
    public static int? MinorUnit(string code) =>
        MinorUnits.TryGetValue(code, out var digits) ? digits : null;

    /// <summary>An amount as the currency writes it: "12.50 USD", "3000 JPY", "1.500 KWD".</summary>
    public static string Format(decimal amount, string? currency)
    {
        var digits = currency is not null && MinorUnit(currency) is { } d ? d : 2;
        var text = amount.ToString(
            "F" + digits.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture
        );
        return currency is null ? text : text + " " + currency;
    }

    /// <summary>Totals in several currencies, never added across currencies: "12.50 USD + 3000 JPY".</summary>
    public static string FormatTotals(IEnumerable<KeyValuePair<string, decimal>> totals) =>
        string.Join(
            " + ",
            totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Format(t.Value, t.Key))
        );

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (
            var (codes, digits) in new[] { (NoDecimals, 0), (TwoDecimals, 2), (ThreeDecimals, 3) }
        )
        {
            foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map[code] = digits;
        }
        return map;
    }
}
