namespace CivBot.Core.Receipts.Checkpoints;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

/// <summary>
/// An Ed25519 verifier key of the signed-note format: a key name and a 32-byte public key. Its key ID is
/// SHA-256(name || 0x0A || 0x01 || public key)[:4]; its text form (vkey) is <c>name+hex(id)+base64(0x01 || key)</c>.
/// </summary>
public sealed record NoteKey(string Name, byte[] PublicKey)
{
    /// <summary>The signature type byte the signed-note spec assigns to Ed25519.</summary>
    public const byte Ed25519Type = 0x01;

    public uint KeyId
    {
        get
        {
            var input = new byte[Encoding.UTF8.GetByteCount(Name) + 2 + PublicKey.Length];
            var n = Encoding.UTF8.GetBytes(Name, input);
            input[n] = 0x0A;
            input[n + 1] = Ed25519Type;
            PublicKey.CopyTo(input, n + 2);
            return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
        }
    }

    /// <summary>The vkey text, e.g. <c>example.com/foo+530d903a+AekyeRrm…</c>.</summary>
    public string VerifierKey =>
        $"{Name}+{KeyId:x8}+{Convert.ToBase64String([Ed25519Type, .. PublicKey])}";

    /// <summary>A short fingerprint people can compare by eye: the first 16 hex digits of SHA-256(public key).</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(PublicKey))[..16];

    /// <summary>Parses a vkey; null when it is not an Ed25519 vkey whose ID matches its name and key.</summary>
    public static NoteKey? ParseVerifierKey(string vkey)
    {
        // The name and the hex ID never hold '+'; the base64 key may.
        var parts = vkey.Trim().Split('+', 3);
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length != 8)
            return null;
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }
        if (blob.Length != 33 || blob[0] != Ed25519Type)
            return null;
        var key = new NoteKey(parts[0], blob[1..]);
        return string.Equals($"{key.KeyId:x8}", parts[1], StringComparison.OrdinalIgnoreCase)
            ? key
            : null;
    }

    /// <summary>True when <paramref name="signature"/> is this key's Ed25519 signature of the note text.</summary>
    public bool Verifies(string text, byte[] signature)
    {
        if (
            !NSec.Cryptography.PublicKey.TryImport(
                SignatureAlgorithm.Ed25519,
                PublicKey,
                KeyBlobFormat.RawPublicKey,
                out var publicKey
            )
        )
            return false;
        return SignatureAlgorithm.Ed25519.Verify(
            publicKey!,
            Encoding.UTF8.GetBytes(text),
            signature
        );
    }
}
