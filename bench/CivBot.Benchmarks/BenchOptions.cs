namespace CivBot.Benchmarks;

using System.Globalization;

internal sealed record BenchOptions(
    int RawRows,
    int Events,
    int Groups,
    int Small,
    int Big,
    int Appends,
    int Rate,
    int Duration,
    int WarmUp,
    int Receipts,
    int Visits,
    string? Burst,
    string? Program
)
{
    public static BenchOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length
                ? int.Parse(args[i + 1], CultureInfo.InvariantCulture)
                : fallback;
        }
        return new(
            Get("--raw", 100_000),
            Get("--events", 100_000),
            Get("--groups", 16),
            Get("--small", 1_000),
            Get("--big", 1_000_000),
            Get("--appends", 20_000),
            Get("--rate", 500),
            Get("--duration", 60),
            Get("--warmup", 2),
            Get("--receipts", 10_000),
            Get("--visits", 5),
            Array.IndexOf(args, "--burst") is var b and >= 0 && b + 1 < args.Length
                ? args[b + 1]
                : null,
            Array.IndexOf(args, "--program") is var p and >= 0 && p + 1 < args.Length
                ? args[p + 1]
                : null
        );
    }
}
