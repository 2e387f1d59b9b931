namespace CivBot.Core.Ai;

/// <summary>The checker's verdict: the draft when it passed, else the first problem found (for logs and tests).</summary>
public sealed record DraftCheck(Draft? Draft, string? Problem)
{
    public bool Passed => Draft is not null;

    public static DraftCheck Pass(Draft draft) => new(draft, null);

    public static DraftCheck Fail(string problem) => new(null, problem);
}
