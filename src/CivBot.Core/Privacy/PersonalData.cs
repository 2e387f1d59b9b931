namespace CivBot.Core.Privacy;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Keeps phone numbers out of everything people see and everything that is kept: chats, receipts, kits, exports.
/// Receipts are permanent, so a number typed into an ask is hidden before it is recorded.
/// </summary>
public static partial class PersonalData
{
    public const string Hidden = "[number hidden]";

    /// <summary>
    /// Replaces anything that looks like a phone number, in any digits (full-width, Arabic-Indic, …) and the usual
    /// national and international formats, and leaves alone what only looks long (years, dates, order numbers, ISBNs).
    /// </summary>
    public static string Redact(string text)
    {
        // Most texts hold fewer than seven digits in all, and then nothing can look like a phone number.
        if (DigitCount(text) < 7)
            return text;
        var probe = PhoneNumbers.FoldDigits(text);
        var hid = false;
        var result = Candidate()
            .Replace(
                probe,
                m =>
                {
                    if (
                        !PhoneNumbers.IsPhone(
                            m.Value,
                            probe[..m.Index],
                            probe[(m.Index + m.Length)..]
                        )
                    )
                        return m.Value;
                    hid = true;
                    return Hidden;
                }
            );
        // A number glued to a short word ("/zz15557770121", a typo'd command echoed back) is still a number; a token
        // that mixes digits and letters before the run (a parcel code like 1Z999AA1012…) is not a candidate.
        result = GluedCandidate()
            .Replace(
                result,
                m =>
                {
                    // Words before the glued letters still say what the number is ("order ORD1234…").
                    var before = result[..m.Index].TrimEnd();
                    before = before[..^TrailingLetters(before)].TrimEnd();
                    if (!PhoneNumbers.IsPhone(m.Value, before, result[(m.Index + m.Length)..]))
                        return m.Value;
                    hid = true;
                    return Hidden;
                }
            );
        // Digits are folded only to look for numbers: a text with none keeps the digits it was written in.
        return hid ? result : text;
    }

    private static int TrailingLetters(string text)
    {
        var n = 0;
        while (n < text.Length && char.IsLetter(text[^(n + 1)]))
            n++;
        return n;
    }

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

    /// <summary>Digits in any script, including full-width and mathematical ones.</summary>
    internal static int DigitCount(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) || CharUnicodeInfo.GetDecimalDigitValue(s, i) >= 0)
                n++;
        }
        return n;
    }

    // A run of digits with the separators phone numbers use (spaces, dots, dashes, brackets), optionally led by + or
    // 00, never glued to a letter or another digit (so "1Z999AA101…" and "ISBN9780…" are not candidates).
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?:\+\s?)?\(?\d(?:[ \u00A0.\-\u2010-\u2015()]{1,3}\d|\d)*(?![\p{L}\p{N}_])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Candidate();

    [GeneratedRegex(
        @"(?<=(?<![\p{L}\p{N}_])\p{L}{1,12})\d{10,15}(?![\p{L}\p{N}_])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex GluedCandidate();
}
