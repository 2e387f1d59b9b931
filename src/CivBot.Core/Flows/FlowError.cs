namespace CivBot.Core.Flows;

/// <summary>A problem in a flow file, with where it is and a plain reason.</summary>
public sealed record FlowError(string File, int Line, string Reason)
{
    /// <summary><c>file:line: reason</c>, or <c>file: reason</c> when the error is about the file (or folder) as a whole.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
