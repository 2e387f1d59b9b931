namespace CivBot.Core.Receipts.Checkpoints;

using System.Globalization;

/// <summary>
/// A receipt chain's checkpoint in the C2SP tlog-checkpoint note text (c2sp.org/tlog-checkpoint): the origin
/// (<c>&lt;deployment&gt;/&lt;group&gt;</c>), the tree size (the number of receipts) and the root hash, which for a hash
/// chain is the hash of the last receipt. Signed, it is a promise the chain at that size had exactly that head.
/// </summary>
public sealed record Checkpoint(string Origin, long TreeSize, string HeadHash)
{
    /// <summary>The note text: three lines, each ending in a newline; the hash in base64 as the spec wants.</summary>
    public string Text =>
        $"{Origin}\n{TreeSize.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(Convert.FromHexString(HeadHash))}\n";

    /// <summary>The origin of a group's chain on a deployment.</summary>
    public static string OriginOf(string deployment, string group) => $"{deployment}/{group}";

    /// <summary>The group an origin names on <paramref name="deployment"/>, or null when it names another deployment.</summary>
    public string? GroupOn(string deployment) =>
        Origin.StartsWith(deployment + "/", StringComparison.Ordinal)
        && Origin.Length > deployment.Length + 1
            ? Origin[(deployment.Length + 1)..]
            : null;

    /// <summary>Parses the note text of a checkpoint; null when it is not origin, size and a 32-byte base64 hash.</summary>
    public static Checkpoint? Parse(string text)
    {
        var lines = text.Split('\n');
        // At least three lines and the trailing newline; extension lines are allowed but not used by us.
        if (lines.Length < 4 || lines[^1].Length != 0 || lines[..^1].Any(l => l.Length == 0))
            return null;
        if (
            lines[1].Length == 0
            || (lines[1].Length > 1 && lines[1][0] == '0')
            || !long.TryParse(
                lines[1],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var size
            )
        )
            return null;
        byte[] hash;
        try
        {
            hash = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            return null;
        }
        return hash.Length == 32
            ? new Checkpoint(lines[0], size, Convert.ToHexStringLower(hash))
            : null;
    }
}
