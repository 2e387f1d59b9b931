namespace CivBot.Ai;

/// <summary>
/// Section <c>CivBot:Ai</c> (variables <c>CivBot__Ai__Model</c> and so on): any server speaking the OpenAI Chat
/// Completions protocol — OpenAI itself, a local Ollama (<c>http://localhost:11434/v1</c>) or a llama.cpp server.
/// AI drafts are offered only when <see cref="Model"/> is set.
/// </summary>
public sealed class AiOptions
{
    public const string Section = "CivBot:Ai";

    /// <summary>The server's base address, up to and including <c>/v1</c>; empty means OpenAI's.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model's name as the server knows it (<c>gpt-4o-mini</c>, <c>llama3.1</c>).</summary>
    public string? Model { get; set; }

    /// <summary>A secret: never logged, never shown. Local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one draft may take before the group is told the AI took too long.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Model);

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Clamp(TimeoutSeconds, 1, 600));

    /// <summary>The settings without the key, for messages and logs.</summary>
    public override string ToString() =>
        $"model {Model}, endpoint {(string.IsNullOrWhiteSpace(Endpoint) ? "OpenAI" : Endpoint)}";
}
