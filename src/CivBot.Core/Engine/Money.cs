namespace CivBot.Core.Engine;

using System.Globalization;
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
        out string problem
    )
    {
        amount = 0;
        currency = "";
        what = "";
        if (words.Length < 3)
        {
            problem = "A spend needs an amount, a currency and what it was for.";
            return false;
        }
        var raw = words[0].TrimStart('$', '€', '£', '¥');
        if (raw.StartsWith('-'))
        {
            problem = "A spend is money paid out, so it must be more than zero.";
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
            problem =
                $"\"{words[0]}\" isn't an amount I can read (use digits and a dot, like 12.50).";
            return false;
        }
        if (amount <= 0)
        {
            problem = "A spend is money paid out, so it must be more than zero.";
            return false;
        }
        currency = words[1].ToUpperInvariant();
        if (Currencies.MinorUnit(currency) is not { } minor)
        {
            problem =
                $"\"{words[1]}\" isn't a currency code I know; use its ISO code, like USD, EUR, GBP or JPY.";
            return false;
        }
        if (decimal.Round(amount, minor) != amount)
        {
            problem =
                minor == 0
                    ? $"{currency} has no smaller unit, so the amount must be a whole number."
                    : $"{currency} amounts have at most {minor} decimals.";
            return false;
        }
        if (amount > ceiling)
        {
            problem =
                $"That is more than one spend may be here ({Currencies.Format(ceiling, currency)}); check the amount, or record it in parts the group agreed.";
            return false;
        }
        what = string.Join(' ', words[2..]);
        if (what.Length > 200)
        {
            problem = "Please describe the spend in under 200 characters.";
            return false;
        }
        problem = "";
        return true;
    }
}
