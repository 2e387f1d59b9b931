namespace CivBot.Core.Engine;

using System.Security.Cryptography;
using System.Text;
using CivBot.Core.Model;

/// <summary>Join codes for SMS: six characters a person can type on any phone keypad and read aloud.</summary>
public static class JoinCodes
{
    public const int Length = 6;

    // RFC 4648 base32: no 0/1/8/9, so codes never mix up O and 0 or I and 1, and never look like part of a number.
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>
    /// Derives a code from the group, a counter and <paramref name="salt"/>. Pure: the same inputs give the same code,
    /// so the engine stays deterministic; the salt keeps codes from being guessed by anyone who knows a group's id.
    /// </summary>
    public static string Derive(GroupId group, int serial, string salt) =>
        Derive("join", group, serial, salt, Length);

    /// <summary>
    /// A code of <paramref name="length"/> characters for <paramref name="purpose"/> ("join", "link"): the first
    /// 5 × length bits of SHA-256 over the inputs, in the alphabet below. Pure, like <see cref="Derive(GroupId, int, string)"/>.
    /// </summary>
    internal static string Derive(
        string purpose,
        GroupId group,
        int serial,
        string salt,
        int length
    )
    {
        var hash = SHA256.HashData(
            Encoding.UTF8.GetBytes($"{purpose}|{group.Value}|{serial}|{salt}")
        );
        var code = new char[length];
        for (var i = 0; i < length; i++)
        {
            var bit = 5 * i;
            var pair = (hash[bit / 8] << 8) | hash[(bit / 8) + 1];
            code[i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }
        return new string(code);
    }

    /// <summary>The code as stored: upper case, no surrounding spaces; null when it cannot be a code.</summary>
    public static string? Normalize(string? text) => Normalize(text, Length);

    internal static string? Normalize(string? text, int length)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is not null && code.Length == length && code.All(c => Alphabet.Contains(c))
            ? code
            : null;
    }
}
