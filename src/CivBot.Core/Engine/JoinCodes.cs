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
    public static string Derive(GroupId group, int serial, string salt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"join|{group.Value}|{serial}|{salt}"));
        var code = new char[Length];
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
            bits = (bits << 8) | hash[i];
        for (var i = 0; i < Length; i++)
            code[i] = Alphabet[(int)((bits >> (35 - (5 * i))) & 31)];
        return new string(code);
    }

    /// <summary>The code as stored: upper case, no surrounding spaces; null when it cannot be a code.</summary>
    public static string? Normalize(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(c => Alphabet.Contains(c)) ? code : null;
    }
}
