namespace CivBot.Core.Languages;

using System.Globalization;

/// <summary>
/// The public receipts page (<c>/g/&lt;slug&gt;</c>) in the group's language: its own words and the words its script
/// shows. Receipts keep their words; kinds stay codes. The texts are plain: the page HTML-encodes what it inserts.
/// </summary>
public abstract partial class Words
{
    public abstract string Page(PageText text);

    /// <summary>
    /// The page script's words, with <c>{name}</c> placeholders the script fills in (the same names in every
    /// language): the page hands them to the script, which stays one file for every language.
    /// </summary>
    public abstract string PageScript(ScriptText text);

    public abstract string PageTitle(string group);

    public abstract string PageHeading(string group);

    /// <summary>"1 receipt", "12 receipts".</summary>
    public abstract string PageReceipts(long count);

    public abstract string PageIntro(long receipts, int open, int closed);

    /// <summary>The key line; <paramref name="key"/>, <paramref name="keyLink"/> and <paramref name="verify"/> come as markup.</summary>
    public abstract string PageKeyLine(string key, string keyLink, string verify);

    public abstract string PageLatestCheckpoint(long receipts, string at);

    public abstract string PageLoopState(bool closed);

    public abstract string PageSpent(string amounts);

    public abstract string PageAudit(bool confirmed);

    public abstract string PageAuditLine(
        int loop,
        bool confirmed,
        string auditor,
        string improvement
    );

    public abstract string PageNone(bool filtered);

    public abstract string PageReceiptLabel(long seq);

    /// <summary>"Nov 22 2026 14:05 UTC" / "22 nov 2026 14:05 UTC": a moment on the page, in UTC.</summary>
    public string PageTime(DateTimeOffset at) =>
        DayAndDate("", at.UtcDateTime.Day, Months[at.UtcDateTime.Month - 1]).Trim()
        + at.UtcDateTime.ToString(" yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

/// <summary>The public page's fixed texts.</summary>
public enum PageText
{
    CheckHeading,
    NotChecked,
    NoScript,
    CheckAgain,
    VerifierKey,
    CheckpointDetails,
    PasteCheckpoint,
    CheckPasted,
    MoneySpent,
    Filter,
    Loop,
    All,
    Kind,
    From,
    To,
    Show,
    ClearFilters,
    OpenLoops,
    ClosedLoops,
    MoreThanShown,
    GroupDecisions,
    Audits,
    NoAudits,
    Download,
    Jsonl,
    JsonlNote,
    Csv,
    CsvNote,
}

/// <summary>What the page's script says as it checks the receipts in the browser.</summary>
public enum ScriptText
{
    Checking,
    Verified,
    SignedBy,
    NoCheckpoint,
    Withheld,
    Broken,
    NotJson,
    SequenceJumps,
    PreviousHash,
    Edited,
    NotEd25519,
    NotCheckpoint,
    WrongKey,
    NoEd25519,
    BadSignature,
    OtherGroup,
    Removed,
    Rewritten,
    CouldNotCheck,
    ChainBroken,
    Matches,
}
