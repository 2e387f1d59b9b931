namespace CivBot.Core.Privacy;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Tells a phone number from other long numbers. Hiding too little leaks a number forever (receipts are permanent);
/// hiding too much makes the trail unreadable ("[number hidden]" instead of a year list or an order number), so the
/// rules below name what is clearly not a phone number and hide the rest.
/// </summary>
internal static partial class PhoneNumbers
{
    /// <summary>The compatibility fold (full-width and mathematical digits, full-width plus) and every decimal digit as ASCII.</summary>
    public static string FoldDigits(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
            return text;
        // Only what stands for a digit or a phone number's punctuation is folded (NFKC: full-width, mathematical,
        // circled and super-script digits; a digit value: Arabic-Indic and other scripts' digits); the rest is kept.
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var compatible = UnicodeForms.Nfkc(rune.ToString());
            var value = CharUnicodeInfo.GetDecimalDigitValue(rune.ToString(), 0);
            if (
                compatible.Length == 1
                && (char.IsAsciiDigit(compatible[0]) || "+-(). ".Contains(compatible[0]))
            )
                sb.Append(compatible[0]);
            else if (value >= 0)
                sb.Append((char)('0' + value));
            else if (Rune.IsWhiteSpace(rune))
                sb.Append(' ');
            else
                sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    public static bool IsPhone(string candidate, string before, string after)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (digits is < 7 or > 15)
            return false;
        if (NotPhoneWord().IsMatch(Tail(before)) || CurrencyBefore().IsMatch(Tail(before)))
            return false;
        if (CurrencyAfter().IsMatch(after))
            return false;
        var groups = DigitGroups().Matches(candidate).Select(m => m.Value).ToList();
        if (groups.Count >= 2 && groups.All(IsYear))
            return false;
        if (Date().IsMatch(candidate) || IpAddress().IsMatch(candidate))
            return false;
        if (IsIsbn(candidate, groups, digits))
            return false;
        // A decimal such as 1234567.89 is an amount.
        if (groups.Count == 2 && candidate.Contains('.') && groups[1].Length <= 2)
            return false;
        var international = candidate.StartsWith('+');
        if (international)
            return true;
        if (groups.Count == 1)
            return digits >= 9 || PhoneWord().IsMatch(Tail(before));
        if (digits >= 9)
            return true;
        // Seven or eight digits: a local number such as 555-1234 or 0301 2345, or a number someone calls a phone.
        return groups[^1].Length >= 4 && groups[^2].Length >= 3
            || PhoneWord().IsMatch(Tail(before));
    }

    private static string Tail(string before) => before.Length <= 40 ? before : before[^40..];

    private static bool IsYear(string group) =>
        group.Length == 4
        && int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1800 and <= 2199;

    private static bool IsIsbn(string candidate, List<string> groups, int digits)
    {
        var allDigits = string.Concat(groups);
        if (digits == 13 && (allDigits.StartsWith("978") || allDigits.StartsWith("979")))
            return true;
        // ISBN-10 written with hyphens: group, publisher, title, one check digit (0-306-40615-2).
        return digits == 10
            && groups.Count == 4
            && candidate.Contains('-')
            && groups[^1].Length == 1;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex IpAddress();

    // Words that say the number that follows is something else: "order #", "ISBN-13:", "ref", "ticket no.".
    [GeneratedRegex(
        @"(?:\b(?:isbn(?:-1[03])?|order|orders|invoice|ref|reference|tracking|ticket|case|serial|sku|confirmation|id|po|item|account|acct|booking|receipt|parcel|package|flight|claim)\b[\s.:]*(?:no\.?|number|num|nr\.?|#)?[\s.:#]*|#\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex NotPhoneWord();

    [GeneratedRegex(
        @"\b(?:call|phone|tel|text|sms|cell|mobile|whatsapp|signal|ph|number|reach me|ring)\b[\s.:]*(?:me|at|on|is)?[\s.:]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PhoneWord();

    [GeneratedRegex(@"[$€£¥₹]\s*$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(
        @"^\s*(?:[$€£¥₹]|(?:usd|eur|gbp|jpy|inr|dollars?|euros?|pounds?|yen)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex CurrencyAfter();
}
