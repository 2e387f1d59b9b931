namespace CivBot.Core.Ai;

/// <summary>A draft that passed the checker: summary sentences and up to three options, each with the receipts it cites.</summary>
public sealed record Draft(IReadOnlyList<DraftLine> Summary, IReadOnlyList<DraftLine> Options);

/// <summary>One sentence of a draft and the receipt numbers it rests on.</summary>
public sealed record DraftLine(string Text, IReadOnlyList<long> Cites);

/// <summary>Why no draft reached the group.</summary>
public enum DraftFailure
{
    /// <summary>A draft was checked and passed.</summary>
    None,

    /// <summary>The model answered, but the checker refused the answer (a misquote, a wrong number, not JSON).</summary>
    Unreliable,

    /// <summary>The model did not answer within the time limit.</summary>
    TimedOut,

    /// <summary>The model could not be reached or answered with an error.</summary>
    Unavailable,
}

/// <summary>What came of a draft request: the checked draft, or why there is none.</summary>
/// <param name="Model">The model that was asked, recorded on any option adopted from the draft.</param>
/// <param name="PromptHash">The SHA-256 (hex) of the prompt sent, recorded on any option adopted from the draft.</param>
public sealed record DraftOutcome(
    Draft? Draft,
    DraftFailure Failure,
    string Model,
    string PromptHash
);
