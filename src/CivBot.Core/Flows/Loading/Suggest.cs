namespace CivBot.Core.Flows.Loading;

/// <summary>Finds the valid word a typo most likely meant.</summary>
internal static class Suggest
{
    public static string? Closest(string typed, IEnumerable<string> valid)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in valid)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Beyond a couple of edits the "suggestion" is usually a different word altogether.
        return best is not null && bestDistance <= Math.Min(2, Math.Max(1, best.Length / 3))
            ? best
            : null;
    }

    /// <summary>" (did you mean 'x'?)", or an empty string when nothing is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> valid) =>
        Closest(typed, valid) is { } match ? $" (did you mean '{match}'?)" : "";

    public static string List(IEnumerable<string> words, string last = "or")
    {
        var all = words.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + $" {last} " + all[^1],
        };
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
