namespace CivBot.Discord.Tests.Support;

using System.Collections.Concurrent;
using System.Text.Json;
using CivBot.Discord.Gateway;

/// <summary>Records each dispatch the session hands on; <see cref="FailNext"/> makes the next one throw once.</summary>
internal sealed class RecordingEvents : IGatewayEvents
{
    public ConcurrentQueue<(string Type, JsonElement Data)> Received { get; } = new();

    public bool FailNext { get; set; }

    public IReadOnlyList<string> Types => Received.Select(r => r.Type).ToList();

    /// <summary>The <c>n</c> field of test events, in the order handled.</summary>
    public IReadOnlyList<int> Numbers =>
        Received
            .Where(r =>
                r.Data.ValueKind == JsonValueKind.Object && r.Data.TryGetProperty("n", out _)
            )
            .Select(r => r.Data.GetProperty("n").GetInt32())
            .ToList();

    public Task HandleAsync(string type, JsonElement data, CancellationToken cancellationToken)
    {
        if (FailNext && type == "TEST")
        {
            FailNext = false;
            throw new InvalidOperationException("database busy");
        }
        Received.Enqueue((type, data.Clone()));
        return Task.CompletedTask;
    }
}
