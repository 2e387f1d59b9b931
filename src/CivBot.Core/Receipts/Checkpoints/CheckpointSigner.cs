namespace CivBot.Core.Receipts.Checkpoints;

using System.Text;
using NSec.Cryptography;

/// <summary>
/// Signs notes with the deployment's Ed25519 key. Holds the private key only in memory; it is never written out,
/// logged or shown: only <see cref="PublicKey"/> is.
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    private readonly Key _key;

    /// <param name="keyName">The deployment's name, which is also each checkpoint's origin prefix.</param>
    /// <param name="privateKey">The 32-byte Ed25519 seed (RFC 8032 private key).</param>
    public CheckpointSigner(string keyName, ReadOnlySpan<byte> privateKey)
    {
        if (keyName.Length == 0 || keyName.Any(c => char.IsWhiteSpace(c) || c == '+'))
            throw new ArgumentException(
                "A key name must be non-empty, without spaces or '+'.",
                nameof(keyName)
            );
        _key = Key.Import(SignatureAlgorithm.Ed25519, privateKey, KeyBlobFormat.RawPrivateKey);
        PublicKey = new NoteKey(keyName, _key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public NoteKey PublicKey { get; }

    /// <summary>A fresh random 32-byte Ed25519 private key.</summary>
    public static byte[] NewPrivateKey()
    {
        using var key = Key.Create(
            SignatureAlgorithm.Ed25519,
            new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }
        );
        return key.Export(KeyBlobFormat.RawPrivateKey);
    }

    public SignedNote Sign(string text)
    {
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(text));
        return new SignedNote(
            text,
            [new NoteSignature(PublicKey.Name, PublicKey.KeyId, signature)]
        );
    }

    public SignedNote Sign(Checkpoint checkpoint) => Sign(checkpoint.Text);

    public void Dispose() => _key.Dispose();
}
