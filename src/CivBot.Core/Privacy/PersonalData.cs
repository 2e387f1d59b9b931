namespace CivBot.Core.Privacy;

using System.Text.RegularExpressions;

/// <summary>
/// Keeps phone numbers out of everything people see and everything that is kept: chats, receipts, kits, exports.
/// Receipts are permanent, so a number typed into an ask is hidden before it is recorded.
/// </summary>
public static partial class PersonalData
{
    public const string Hidden = "[number hidden]";

    /// <summary>Replaces anything that looks like a phone number (9 or more digits, with the usual separators).</summary>
    public static string Redact(string text) =>
        // Most texts hold fewer than nine digits in all, and then nothing can look like a phone number.
        DigitCount(text) < 9
            ? text
            : PhoneLike().Replace(text, m => DigitCount(m.Value) >= 9 ? Hidden : m.Value);

    /// <summary>A display handle that never carries a phone number; empty handles become "member".</summary>
    public static string SafeHandle(string handle)
    {
        var trimmed = handle.Trim();
        if (trimmed.Length == 0)
            return "member";
        var redacted = Redact(trimmed);
        if (redacted != trimmed || DigitCount(trimmed) >= 7)
            return "member";
        return trimmed.Length > 40 ? trimmed[..40] : trimmed;
    }

    /// <summary>For logs: keeps the last two digits so operators can tell numbers apart without knowing them.</summary>
    public static string MaskPhone(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        return digits.Length < 4 ? "***" : "***" + new string(digits[^2..]);
    }

    private static int DigitCount(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
                n++;
        }
        return n;
    }

    [GeneratedRegex(@"\+?\(?\d[\d\s().\-]{6,}\d")]
    private static partial Regex PhoneLike();
}
