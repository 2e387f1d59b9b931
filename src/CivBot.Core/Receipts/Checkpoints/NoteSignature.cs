namespace CivBot.Core.Receipts.Checkpoints;

/// <summary>One signature line of a signed note: <c>— &lt;key name&gt; base64(key ID || signature)</c>.</summary>
public sealed record NoteSignature(string KeyName, uint KeyId, byte[] Signature);
