namespace CivBot.Testing;

using System.Diagnostics;

/// <summary>
/// Waiting for something another thread or process brings about. The bound is only a safety net for a condition that
/// never comes: on a loaded machine one step can take seconds, so it is generous and never a timing assertion.
/// </summary>
public static class Conditions
{
    /// <summary>Polls <paramref name="condition"/> until it holds; past <paramref name="bound"/> fails with <paramref name="what"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan bound, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > bound)
                throw new TimeoutException($"Timed out after {bound} waiting for {what()}");
            await Task.Delay(20);
        }
    }
}
