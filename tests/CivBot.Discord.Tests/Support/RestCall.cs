namespace CivBot.Discord.Tests.Support;

using System.Text.Json.Nodes;

/// <summary>One REST request the bot made to the loopback Discord, with its headers of interest.</summary>
public sealed record RestCall(
    string Method,
    string Path,
    JsonNode? Body,
    string? Authorization,
    string? UserAgent,
    DateTimeOffset At
)
{
    public bool Is(string method, string pathStart) =>
        Method == method && Path.StartsWith(pathStart, StringComparison.Ordinal);
}
