namespace CivBot.Core.Commands;

/// <summary>A chat command: lower-case name without the slash, the argument text with any <c>#N</c> loop target removed.</summary>
/// <param name="Loop">The loop named with <c>#N</c>, if any.</param>
public sealed record ParsedCommand(string Name, string Args, int? Loop)
{
    public string[] Words =>
        Args.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
