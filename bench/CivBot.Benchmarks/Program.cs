using System.Globalization;
using CivBot.Benchmarks;

// dotnet run -c Release --project bench/CivBot.Benchmarks [-- --events 100000 --big 1000000]
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --hostile   (the memory check alone)
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --webhooks [--rate 500] [--duration 60] [--no-dispatcher] [--sms-down] [--warmup 2]
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --startup [--program /opt/civbot/civbot.dll]
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --burst telegram|discord
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --memory [--groups 10000]
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --postgres [--events 30000 --raw 5000]
// dotnet run -c Release --project bench/CivBot.Benchmarks -- --browser [--receipts 10000 --visits 5]   (Debian's chromium)
var options = BenchOptions.Parse(args);
var dir = Path.Combine(Path.GetTempPath(), "civbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(dir);
try
{
    if (args.Contains("--hostile"))
    {
        var (before, peak, after) = await HostileBurst.RunAsync(dir);
        Console.WriteLine(
            $"hostile burst (8×28 MB forms, 8×28 MB chunked updates, 4,000 malformed): RSS before {before:N0} MB, peak {peak:N0} MB, after {after:N0} MB"
        );
        var back = after - before <= 50;
        Console.WriteLine(
            $"  = {after - before:+0;-0} MB from the baseline (target ≤ 50 MB) → {(back ? "PASS" : "FAIL")}"
        );
        return back ? 0 : 1;
    }

    if (args.Contains("--browser"))
    {
        var times = await BrowserVerify.RunAsync(dir, options.Receipts, options.Visits);
        var sorted = times.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var quick = sorted[^1] < 3000;
        Console.WriteLine(
            $"public page, {options.Receipts:N0} receipts fetched, hashed, walked and checkpoint-checked in headless chromium, {times.Count} fresh visits: {string.Join(", ", times.Select(t => $"{t:N0}"))} ms   [load {PostgresBench.Load()}]"
        );
        Console.WriteLine(
            $"  median {median:N0} ms, slowest {sorted[^1]:N0} ms (target < 3,000 ms, every visit) → {(quick ? "PASS" : "FAIL")}"
        );
        return quick ? 0 : 1;
    }

    if (args.Contains("--webhooks"))
    {
        var rate = options.Rate;
        var r = await WebhookAck.RunAsync(
            dir,
            rate,
            TimeSpan.FromSeconds(options.Duration),
            dispatcher: !args.Contains("--no-dispatcher"),
            smsDown: args.Contains("--sms-down"),
            warmUp: TimeSpan.FromSeconds(options.WarmUp)
        );
        Console.WriteLine(
            $"webhook acknowledgement, signed SMS + Telegram, {rate}/s for {options.Duration} s on SQLite{(args.Contains("--sms-down") ? ", SMS API down" : "")}{(args.Contains("--no-dispatcher") ? ", no dispatcher" : "")}, after {options.WarmUp} s of warm-up at that rate: sent {r.Sent:N0}, 200 {r.Ok:N0}, stored {r.Stored:N0}"
        );
        var fast = r.P99 <= 10;
        var kept = r.Ok == r.Sent && r.Stored == r.Sent;
        Console.WriteLine(
            $"  time to the answer: p50 {r.P50:0.0} ms, p99 {r.P99:0.0} ms (target ≤ 10 ms) → {(fast ? "PASS" : "FAIL")}, max {r.Max:0.0} ms"
        );
        Console.WriteLine(
            $"  nothing lost: every request answered 200 and stored (target: all) → {(kept ? "PASS" : "FAIL")}"
        );
        return fast && kept ? 0 : 1;
    }

    if (options.Burst is { } platform)
    {
        var ok = platform switch
        {
            "telegram" => await TelegramBurst.RunAsync(dir),
            "discord" => await DiscordBurst.RunAsync(dir),
            _ => throw new ArgumentException(
                $"--burst takes telegram or discord, not '{platform}'"
            ),
        };
        return ok ? 0 : 1;
    }

    if (args.Contains("--memory"))
    {
        var groups = args.Contains("--groups") ? options.Groups : 10_000;
        var r = await ManyGroups.RunAsync(dir, groups);
        var lean = r.After <= 150;
        var all = r.OpenLoops == r.Groups;
        Console.WriteLine(
            $"memory, {r.Groups:N0} active groups (4 members each) set up through the composed host's pipeline: {r.OpenLoops:N0} with an open loop (target: all) → {(all ? "PASS" : "FAIL")}"
        );
        Console.WriteLine(
            $"  RSS after a full GC: {r.After:N0} MB (host alone {r.Before:N0} MB; managed heap {r.HeapAfter:N0} MB, host alone {r.HeapBefore:N0} MB) (target ≤ 150 MB) → {(lean ? "PASS" : "FAIL")}"
        );
        return lean && all ? 0 : 1;
    }

    if (args.Contains("--postgres"))
    {
        Console.WriteLine(
            $"CivBot PostgreSQL benchmark · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
        );
        return await PostgresBench.RunAsync(dir, options, options.Groups) ? 0 : 1;
    }

    if (args.Contains("--startup"))
    {
        var (first, again) = await StartupTime.RunAsync(dir, options.Program);
        var quick = first <= 1000 && again <= 1000;
        Console.WriteLine(
            $"start-up of {options.Program ?? "the civbot.dll built beside the benchmark"}, process start to /readyz 200: first start (new database) {first:N0} ms; restart {again:N0} ms (target ≤ 1,000 ms) → {(quick ? "PASS" : "FAIL")}"
        );
        return quick ? 0 : 1;
    }

    Console.WriteLine(
        $"CivBot benchmark · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · files in {dir}"
    );
    var (raw, rawCpu) = await RawInserts.RunAsync(Path.Combine(dir, "raw.db"), options.RawRows);
    Console.WriteLine(
        $"raw single-row inserts (autocommit, same pragmas): {raw:N0}/s, CPU {rawCpu:N1} µs each   [load {PostgresBench.Load()}]"
    );

    var engineOnly = EngineOnly.Run(options.Events);
    Console.WriteLine(
        $"engine alone (pure, no storage): {engineOnly:N0} events/s = {1_000_000 / engineOnly:N1} µs each"
    );

    var stream = await EventStream.RunAsync(
        Path.Combine(dir, "stream.db"),
        options.Events,
        options.Groups
    );
    Console.WriteLine(
        $"CivBot chat events, streamed ({options.Groups} groups, engine + SQLite, group commit): {stream.PerSecond:N0}/s ({stream.ReceiptsPerEvent:0.00} receipts, {stream.OutboxPerEvent:0.00} outbox rows per event)   [load {PostgresBench.Load()}]"
    );
    Console.WriteLine(
        $"GC: gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms, allocated {GC.GetTotalAllocatedBytes() / 1e6:N0} MB"
    );
    var ratio = stream.PerSecond / raw;
    Console.WriteLine(
        $"  = {ratio:P0} of the raw insert rate (target ≥ 50%; the simpler pipeline must not fall below 40%) → {(ratio >= 0.5 ? "PASS" : "FAIL")}"
    );
    // On a shared machine the stream (producer, group workers, writer: every core) loses more to other load than the
    // single-threaded baseline does; CPU time per event says how much of the gap is the pipeline's own work.
    Console.WriteLine(
        $"  CPU per event: streamed {stream.CpuUs:N1} µs vs raw {rawCpu:N1} µs per insert = {rawCpu / stream.CpuUs:P0} by CPU (diagnostic, no target)"
    );

    var single = await EventStream.RunOneAtATimeAsync(
        Path.Combine(dir, "single.db"),
        Math.Min(options.Events, 5000)
    );
    Console.WriteLine(
        $"CivBot chat events, one at a time, each awaited (latency view): {single:N0}/s = {1_000_000 / single:N0} µs each"
    );

    var small = await AppendAtSize.RunAsync(
        Path.Combine(dir, "small.db"),
        options.Small,
        options.Appends
    );
    var big = await AppendAtSize.RunAsync(
        Path.Combine(dir, "big.db"),
        options.Big,
        options.Appends
    );
    Console.WriteLine(
        $"appending receipts at {options.Small:N0} receipts: {small:N0}/s; at {options.Big:N0}: {big:N0}/s   [load {PostgresBench.Load()}]"
    );
    var flat = big / small;
    Console.WriteLine(
        $"  = {flat:P0} of the small-database rate (target: as fast; ≥ 80% allowing for noise) → {(flat >= 0.8 ? "PASS" : "FAIL")}"
    );
    return ratio >= 0.5 && flat >= 0.8 ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(dir, recursive: true);
    _ = CultureInfo.InvariantCulture;
}
