namespace CivBot.Core.Flows;

/// <summary>A problem in a flow file, with where it is and a plain reason.</summary>
public sealed record FlowError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
