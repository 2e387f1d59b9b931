namespace CivBot.Core.Engine;

using System.Globalization;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;

/// <summary>Parses "amount currency what" for /spend: an ISO 4217 currency, its minor unit, and the flow's ceiling.</summary>
internal static class Money
{
    /// <summary>The ceiling for one spend when a flow sets none (in the currency's own units).</summary>
    public const decimal DefaultCeiling = 1_000_000m;

    public static bool TryParse(
        string[] words,
        decimal ceiling,
        out decimal amount,
        out string currency,
        out string what,
        out Func<Words, string> problem
    )
    {
        amount = 0;
        currency = "";
        what = "";
        if (words.Length < 3)
        {
            problem = w => w.SpendNeedsParts;
            return false;
        }
        var raw = DecimalPoint(words[0].TrimStart('$', '€', '£', '¥'));
        if (raw.StartsWith('-'))
        {
            problem = w => w.SpendMustBePositive;
            return false;
        }
        if (
            !decimal.TryParse(
                raw,
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out amount
            )
        )
        {
            var written = words[0];
            problem = w => w.NotAnAmount(written);
            return false;
        }
        if (amount <= 0)
        {
            problem = w => w.SpendMustBePositive;
            return false;
        }
        currency = words[1].ToUpperInvariant();
        if (Currencies.MinorUnit(currency) is not { } minor)
        {
            var written = words[1];
            problem = w => w.NotACurrency(written);
            return false;
        }
        if (decimal.Round(amount, minor) != amount)
        {
            var code = currency;
            problem = w => minor == 0 ? w.NoMinorUnit(code) : w.TooManyDecimals(code, minor);
            return false;
        }
        if (amount > ceiling)
        {
            var code = currency;
            problem = w => w.OverCeiling(w.Amount(ceiling, code));
            return false;
        }
        what = string.Join(' ', words[2..]);
        if (what.Length > 200)
        {
            problem = w => w.SpendWhatTooLong;
            return false;
        }
        problem = _ => "";
        return true;
    }

    /// <summary>
    /// "10,50" as "10.50": a comma followed by one or two digits is a decimal comma (Spanish readers write it so).
    /// "1,000" stays unreadable rather than guessed: it may mean a thousand or one.
    /// </summary>
    private static string DecimalPoint(string raw)
    {
        var comma = raw.IndexOf(',', StringComparison.Ordinal);
        return
            comma > 0
            && raw.IndexOf('.', StringComparison.Ordinal) < 0
            && raw.Length - comma - 1 is 1 or 2
            && raw.LastIndexOf(',') == comma
            ? raw.Replace(',', '.')
            : raw;
    }
}
