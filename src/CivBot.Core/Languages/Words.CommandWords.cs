namespace CivBot.Core.Languages;

using System.Globalization;
using CivBot.Core.Privacy;

/// <summary>
/// The words typed inside a command (<c>/audit ok</c>, <c>/undo option 2</c>, <c>/propose draft 1</c>). Every
/// language's words work in every group, whatever it reads, and accents are optional ("opción" is "opcion"); each
/// language's texts name its own.
/// </summary>
public abstract partial class Words
{
    /// <summary>Confirms an audit: "ok", "bien".</summary>
    public virtual string AuditOkWord => "ok";

    /// <summary>Flags a problem in an audit: "flag", "problema".</summary>
    public virtual string AuditFlagWord => "flag";

    /// <summary>Names an option to revert: <c>/undo option 2 …</c>.</summary>
    public virtual string OptionWord => "option";

    /// <summary>Names a receipt to revert: <c>/undo receipt 7 …</c>.</summary>
    public virtual string ReceiptWord => "receipt";

    /// <summary>Adopts a draft's option: <c>/propose draft 1</c>.</summary>
    public virtual string DraftWord => "draft";

    /// <summary>Accepts a chat's request to link: <c>/link confirm</c>.</summary>
    public virtual string ConfirmWord => "confirm";

    /// <summary>Publishes evidence links too: <c>/publish evidence</c>.</summary>
    public virtual string EvidenceWord => "evidence";

    /// <summary>Names the group vote on publishing: <c>/object publish …</c>.</summary>
    public virtual string PublishWord => "publish";

    /// <summary>Names the group vote on AI drafts: <c>/object ai …</c>.</summary>
    public virtual string AiWord => "ai";

    /// <summary>True when <paramref name="typed"/> is <paramref name="word"/> in any language, any case, accents optional.</summary>
    public static bool Means(string typed, Func<Words, string> word)
    {
        var plain = Plain(typed);
        return All.Any(w =>
            string.Equals(plain, Plain(word(w)), StringComparison.OrdinalIgnoreCase)
        );
    }

    /// <summary>True for a word that confirms an audit, false for one that flags it, null for neither (any language).</summary>
    public static bool? AuditVerdict(string typed) =>
        Means(typed, w => w.AuditOkWord) ? true
        : Means(typed, w => w.AuditFlagWord) ? false
        : null;

    private static string Plain(string text) =>
        string.Concat(
            UnicodeForms
                .Nfd(text)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        );
}
