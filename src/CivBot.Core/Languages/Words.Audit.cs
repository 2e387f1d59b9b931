namespace CivBot.Core.Languages;

/// <summary>The words an auditor answers with. Every language's words work in every group, so "ok" always confirms.</summary>
public abstract partial class Words
{
    /// <summary>The word that confirms an audit: "ok", "bien".</summary>
    public virtual string AuditOkWord => "ok";

    /// <summary>The word that flags a problem: "flag", "problema".</summary>
    public virtual string AuditFlagWord => "flag";

    /// <summary>True for a word that confirms an audit, false for one that flags it, null for neither (any language).</summary>
    public static bool? AuditVerdict(string word) =>
        All.Any(w => word.Equals(w.AuditOkWord, StringComparison.OrdinalIgnoreCase)) ? true
        : All.Any(w => word.Equals(w.AuditFlagWord, StringComparison.OrdinalIgnoreCase)) ? false
        : null;
}
