namespace CivBot.Benchmarks;

using System.Diagnostics;
using CivBot.Testing;
using Npgsql;

/// <summary>
/// PostgreSQL (issue #12), on a throwaway cluster of the benchmark's own with PostgreSQL's durable defaults (fsync,
/// synchronous commit: every COMMIT waits for its WAL flush), started as the tests start theirs: the raw baseline (each
/// event one single-row INSERT in its own transaction), the chat stream through one instance's real pipeline, and the
/// same stream spread round-robin over three instances (three storage stacks in this process, each with its own
/// writer, caches and connection pool, as three processes would have). CPU time per event counts this process and
/// the cluster's server processes.
/// </summary>
internal static class PostgresBench
{
    public sealed record Stream(
        int Instances,
        bool ByGroup,
        double PerSecond,
        double ClientCpuUs,
        double ServerCpuUs
    )
    {
        public double CpuUs => ClientCpuUs + ServerCpuUs;
    }

    public static async Task<bool> RunAsync(string dir, BenchOptions options, int groups)
    {
        var server = await PostgresServer.StartAsync(durable: true);
        var cpu = new ServerCpu(server);
        var raw = await RawAsync(await server.CreateDatabaseAsync(), options.RawRows);
        Console.WriteLine(
            $"PostgreSQL raw single-row inserts (autocommit, fsync on, one connection): {raw:N0}/s   [load {Load()}]"
        );
        var one = await StreamAsync(server, cpu, dir, 1, options.Events, groups);
        Print(one, groups);
        var ratio = one.PerSecond / raw;
        Console.WriteLine(
            $"  = {ratio:P0} of the raw insert rate (target ≥ 50%) → {(ratio >= 0.5 ? "PASS" : "FAIL")}"
        );
        foreach (var byGroup in new[] { false, true })
        {
            var three = await StreamAsync(server, cpu, dir, 3, options.Events, groups, byGroup);
            Print(three, groups);
            Console.WriteLine(
                $"  three vs one instance on this {Environment.ProcessorCount}-core machine: {three.PerSecond / one.PerSecond:0.00}× the events/s, "
                    + $"{three.CpuUs / one.CpuUs:0.00}× the CPU per event (overhead, not scale: every instance shares the same cores)"
            );
        }
        return ratio >= 0.5;
    }

    private static void Print(Stream s, int groups) =>
        Console.WriteLine(
            $"CivBot chat events streamed through {s.Instances} instance(s) ({groups} groups, {(s.ByGroup ? "each group to one instance" : "round-robin")}): {s.PerSecond:N0}/s; "
                + $"CPU per event {s.CpuUs:N0} µs (CivBot {s.ClientCpuUs:N0} + PostgreSQL {s.ServerCpuUs:N0})   [load {Load()}]"
        );

    private static async Task<Stream> StreamAsync(
        PostgresServer server,
        ServerCpu cpu,
        string dir,
        int instances,
        int events,
        int groups,
        bool byGroup = false
    )
    {
        var database = await server.CreateDatabaseAsync();
        var bots = new List<Bot>();
        try
        {
            for (var i = 0; i < instances; i++)
                bots.Add(
                    await Bot.StartAsync(
                        Path.Combine(dir, "pg-key.db"),
                        database,
                        $"bench-instance-{i + 1}"
                    )
                );
            await bots[0].SetUpAsync(groups);
            await EventStream.PushAsync(bots, events / 10, groups, byGroup); // warm-up
            var process = Process.GetCurrentProcess();
            var client0 = process.TotalProcessorTime;
            var server0 = cpu.Total();
            var sw = Stopwatch.StartNew();
            await EventStream.PushAsync(bots, events, groups, byGroup);
            var elapsed = sw.Elapsed;
            process.Refresh();
            var client = process.TotalProcessorTime - client0;
            var serverTime = cpu.Total() - server0;
            await CheckAsync(database, events + events / 10 + groups * 5);
            return new Stream(
                instances,
                byGroup,
                events / elapsed.TotalSeconds,
                client.TotalMicroseconds / events,
                serverTime.TotalMicroseconds / events
            );
        }
        finally
        {
            foreach (var bot in bots)
                await bot.DisposeAsync();
        }
    }

    /// <summary>Every event is in the inbox once, processed: a figure for a pipeline that lost events would mean nothing.</summary>
    private static async Task CheckAsync(string database, int expected)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE status = 'processed'), count(*) FROM inbox",
            connection
        );
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (reader.GetInt64(0) != expected || reader.GetInt64(1) != expected)
            throw new InvalidOperationException(
                $"Expected {expected} processed inbox rows, found {reader.GetInt64(0)} of {reader.GetInt64(1)}."
            );
    }

    /// <summary>The same events as the stream, each one prepared single-row INSERT committed on its own.</summary>
    private static async Task<double> RawAsync(string database, int rows)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText =
                "CREATE TABLE raw (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, channel text NOT NULL, "
                + "chat_id text NOT NULL, sender text NOT NULL, platform_id text NOT NULL, text text NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        await using var insert = new NpgsqlCommand(
            "INSERT INTO raw (channel, chat_id, sender, platform_id, text) VALUES ($1, $2, $3, $4, $5)",
            connection
        );
        for (var p = 0; p < 5; p++)
            insert.Parameters.Add(
                new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text }
            );
        await insert.PrepareAsync();
        async Task Insert(int i)
        {
            insert.Parameters[0].Value = "bench";
            insert.Parameters[1].Value = "g" + (i % 16);
            insert.Parameters[2].Value = "bench:eve";
            insert.Parameters[3].Value = "e" + i;
            insert.Parameters[4].Value = $"/add note {i}: the clinic closes at 5pm";
            await insert.ExecuteNonQueryAsync();
        }
        for (var i = 0; i < rows / 10; i++)
            await Insert(i);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
            await Insert(rows + i);
        return rows / sw.Elapsed.TotalSeconds;
    }

    public static string Load() => File.ReadAllText("/proc/loadavg").Trim();

    /// <summary>
    /// CPU time of the cluster: the postmaster (its own and its reaped children's) and its live children, from /proc.
    /// </summary>
    private sealed class ServerCpu(PostgresServer server)
    {
        private static readonly double Tick = 1.0 / 100; // USER_HZ

        public TimeSpan Total()
        {
            var postmaster = int.Parse(
                File.ReadLines(Path.Combine(server.Root, "data", "postmaster.pid")).First(),
                System.Globalization.CultureInfo.InvariantCulture
            );
            var ticks = Fields(postmaster) is { } own ? own[11] + own[12] + own[13] + own[14] : 0;
            foreach (var proc in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(proc), out var pid) || pid == postmaster)
                    continue;
                if (Fields(pid) is { } f && f[1] == postmaster)
                    ticks += f[11] + f[12];
            }
            return TimeSpan.FromSeconds(ticks * Tick);
        }

        /// <summary>/proc/pid/stat's fields after the command name, as numbers (index 1 = ppid, 11/12 = utime/stime).</summary>
        private static long[]? Fields(int pid)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return
                [
                    .. rest.Select(v =>
                        long.TryParse(
                            v,
                            System.Globalization.CultureInfo.InvariantCulture,
                            out var n
                        )
                            ? n
                            : 0
                    ),
                ];
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
