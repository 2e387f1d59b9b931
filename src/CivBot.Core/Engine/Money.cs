namespace CivBot.Core.Engine;

using System.Globalization;

/// <summary>Parses "amount currency what" for /spend.</summary>
internal static class Money
{
    public static bool TryParse(
        string[] words,
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
        var rawAmount = words[0].TrimStart('$', '€', '£');
        if (
            !decimal.TryParse(
                rawAmount,
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out amount
            )
            || amount <= 0
        )
        {
            problem =
                $"\"{words[0]}\" isn't an amount I can read (use digits and a dot, like 12.50).";
            return false;
        }
        if (amount >= 1_000_000 || decimal.Round(amount, 2) != amount)
        {
            problem = "Amounts need at most two decimals and must be under 1,000,000.";
            return false;
        }
        currency = words[1].ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problem =
                $"\"{words[1]}\" isn't a currency code; use three letters like USD, EUR or GBP.";
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
