namespace CivBot.Core.Receipts.Checkpoints;

using System.Buffers.Binary;
using System.Text;

/// <summary>
/// A note in the C2SP signed-note format (c2sp.org/signed-note): a text ending in a newline, a blank line, then one
/// signature line per key. <see cref="Text"/> includes its final newline; it is exactly the bytes that were signed.
/// </summary>
public sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    /// <summary>The em dash (U+2014) that starts every signature line.</summary>
    public const char Dash = '\u2014';

    /// <summary>More signatures than any note of ours carries, and the spec's "at least 16" for others.</summary>
    private const int MaxSignatures = 16;

    public string Format()
    {
        var sb = new StringBuilder(Text);
        sb.Append('\n');
        foreach (var s in Signatures)
        {
            var blob = new byte[4 + s.Signature.Length];
            BinaryPrimitives.WriteUInt32BigEndian(blob, s.KeyId);
            s.Signature.CopyTo(blob, 4);
            sb.Append(Dash).Append(' ').Append(s.KeyName).Append(' ');
            sb.Append(Convert.ToBase64String(blob)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses a signed note. Chats fold lines, so a note whose newlines became spaces is also accepted when its text
    /// has no spaces of its own (a checkpoint: origin, size, hash). Returns null with the fault when it is malformed;
    /// <paramref name="line"/> is then the offending signature line, shortened, if there is one.
    /// </summary>
    public static SignedNote? Parse(string input, out NoteFault? fault, out string line)
    {
        var text = input.Replace("\r\n", "\n").Trim(' ', '\t', '\n');
        if (!text.Contains('\n'))
            text = Unfold(text);
        text += "\n";
        line = "";
        var split = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            fault = NoteFault.NoSignatureLines;
            return null;
        }
        var body = text[..(split + 1)];
        if (body.Any(c => c < 0x20 && c != '\n'))
        {
            fault = NoteFault.ControlCharacters;
            return null;
        }
        var signatures = new List<NoteSignature>();
        foreach (var each in text[(split + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ParseSignature(each) is not { } signature)
            {
                fault = NoteFault.MalformedSignatureLine;
                line = Shorten(each);
                return null;
            }
            signatures.Add(signature);
        }
        if (signatures.Count is 0 or > MaxSignatures)
        {
            fault =
                signatures.Count == 0 ? NoteFault.NoSignatureLines : NoteFault.TooManySignatures;
            return null;
        }
        fault = null;
        return new SignedNote(body, signatures);
    }

    private static NoteSignature? ParseSignature(string line)
    {
        if (line.Length < 3 || line[0] != Dash || line[1] != ' ')
            return null;
        var parts = line[2..].Split(' ');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[0].Contains('+'))
            return null;
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            return null;
        }
        if (blob.Length < 5)
            return null;
        return new NoteSignature(parts[0], BinaryPrimitives.ReadUInt32BigEndian(blob), blob[4..]);
    }

    // "origin size hash — name sig" (a note pasted into a chat that joined its lines) back into lines.
    private static string Unfold(string text)
    {
        var dash = text.IndexOf(Dash);
        if (dash <= 0)
            return text;
        var body = text[..dash].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var signatures = text[dash..]
            .Split(Dash, StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Dash + " " + s.Trim());
        return string.Join('\n', body) + "\n\n" + string.Join('\n', signatures);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
