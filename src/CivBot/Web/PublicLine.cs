namespace CivBot.Web;

using System.Text;
using System.Text.RegularExpressions;
using CivBot.Core.Receipts;

/// <summary>
/// A receipt as the public page and its exports serve it. Normally exactly its canonical JSON with its hash, which
/// the browser re-hashes byte for byte. When the group did not choose to publish evidence links, a receipt that holds
/// some (as evidence or in its text) is served with them replaced by "[link withheld]" and marked
/// <c>"withheld":"evidence"</c>: its hash is then taken as given (it still links into the chain), and the page says
/// how many receipts were checked that way.
/// </summary>
public static partial class PublicLine
{
    public const string Withheld = "[link withheld]";

    public static bool IsWithheld(Receipt r, bool showEvidence) =>
        !showEvidence
        && (
            r.Evidence.Any(IsLink)
            || Link().IsMatch(r.Summary)
            || r.Phrase?.Any(Link().IsMatch) == true
        );

    /// <summary>The receipt as the public may see it: links withheld unless the group chose to publish them.</summary>
    public static Receipt View(Receipt r, bool showEvidence) =>
        IsWithheld(r, showEvidence)
            ? r with
            {
                Summary = Link().Replace(r.Summary, Withheld),
                Phrase = r.Phrase?.Select(v => Link().Replace(v, Withheld)),
                Evidence = [.. r.Evidence.Where(e => !IsLink(e))],
            }
            : r;

    public static string Json(Receipt r, bool showEvidence)
    {
        if (!IsWithheld(r, showEvidence))
            return CanonicalJson.Write(r, includeHash: true);
        var line = CanonicalJson.Write(View(r, showEvidence), includeHash: true);
        // "withheld" sorts after "summary", the last key: it goes just before the closing brace. A withheld phrase loses
        // its links the same way; the hash is then taken as given, as for the summary.
        return new StringBuilder(line, 0, line.Length - 1, line.Length + 24)
            .Append(",\"withheld\":\"evidence\"}")
            .ToString();
    }

    // Evidence items that are references, not links, stay: "receipt:#N" (what an undo reverts) and "sha256:…" (the
    // flow file a loop ran). Anything else in the evidence list is a link someone shared.
    private static bool IsLink(string evidence) =>
        !evidence.StartsWith(ReceiptRefs.Prefix, StringComparison.Ordinal)
        && !evidence.StartsWith("sha256:", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
