namespace CivBot.Benchmarks;

/// <summary>Keeps at most <c>width</c> submissions outstanding, starting the next as soon as one completes.</summary>
internal static class Window
{
    public static async Task RunAsync<T>(int count, int width, Func<int, Task<T>> submit)
    {
        using var slots = new SemaphoreSlim(width);
        var failures = 0;
        var all = new Task[count];
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync();
            all[i] = submit(i)
                .ContinueWith(
                    t =>
                    {
                        if (!t.IsCompletedSuccessfully)
                            Interlocked.Increment(ref failures);
                        slots.Release();
                    },
                    TaskScheduler.Default
                );
        }
        await Task.WhenAll(all);
        if (failures > 0)
            throw new InvalidOperationException($"{failures} submission(s) failed.");
    }
}
