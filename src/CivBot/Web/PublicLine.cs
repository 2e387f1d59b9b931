namespace CivBot.Web;

using System.Text;
using CivBot.Core.Receipts;

/// <summary>
/// A receipt as the public page and its JSONL export serve it: exactly its canonical JSON with its hash, which the
/// browser re-hashes byte for byte. When the group did not choose to publish evidence links, a receipt that has some
/// is served without them and marked <c>"withheld":"evidence"</c>: its hash is then taken as given (it still links
/// into the chain), and the page says how many receipts were checked that way.
/// </summary>
public static class PublicLine
{
    public static bool IsWithheld(Receipt r, bool showEvidence) =>
        !showEvidence && r.Evidence.Any(e => !e.StartsWith("receipt:#", StringComparison.Ordinal));

    public static string Json(Receipt r, bool showEvidence)
    {
        if (!IsWithheld(r, showEvidence))
            return CanonicalJson.Write(r, includeHash: true);
        var line = CanonicalJson.Write(r with { Evidence = [] }, includeHash: true);
        // "withheld" sorts after "summary", the last key: it goes just before the closing brace.
        return new StringBuilder(line, 0, line.Length - 1, line.Length + 24)
            .Append(",\"withheld\":\"evidence\"}")
            .ToString();
    }
}
