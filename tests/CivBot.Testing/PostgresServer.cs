namespace CivBot.Testing;

using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: <c>initdb</c> in a temporary folder, the server on a free loopback
/// port (as the unprivileged <c>postgres</c> user when the tests run as root, which PostgreSQL requires), shared by
/// every test in the process and stopped when it ends — also when the test process is killed, by a watchdog. Each test
/// takes a fresh database (<see cref="CreateDatabaseAsync"/>). Without PostgreSQL installed it fails with the line to
/// install it; it never skips.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Started = new(() =>
        StartAsync(durable: false)
    );
    private static int _databases;

    private PostgresServer(string root, int port)
    {
        Root = root;
        Port = port;
    }

    /// <summary>The server every test in this process shares, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync() => Started.Value;

    public string Root { get; }

    public int Port { get; }

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=civbot;Database=postgres;Pooling=false";

    /// <summary>A new, empty database of its own; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name =
            $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture)}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=civbot;Database={name}";
    }

    /// <summary>
    /// A cluster of its own (the benchmark's). <paramref name="durable"/>: PostgreSQL's defaults (fsync, synchronous
    /// commit, full page writes), as a deployment runs it; otherwise those are off, as tests want.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(bool durable)
    {
        var bin = FindBin();
        var parent = Path.Combine(Path.GetTempPath(), "civbot-pg");
        // Shared like /tmp (sticky, world-writable), so the watchdog can remove its own cluster as the postgres user.
        Directory.CreateDirectory(parent);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(parent, (UnixFileMode)Convert.ToInt32("1777", 8));
        var root = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            Run("chown", ["-R", "postgres", root]);
        Run(
            Path.Combine(bin, "initdb"),
            [
                "-D",
                data,
                "-U",
                "civbot",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            asRoot
        );
        var port = FreePort.Next();
        // The watchdog stops the server when this process ends, however it ends.
        var script =
            $"\"{Path.Combine(bin, "postgres")}\" -D \"{data}\" -p {port} -k \"{root}\" "
            + "-c listen_addresses=127.0.0.1 "
            + (durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")
            + "-c max_connections=200 & pg=$!; "
            + $"while [ -d /proc/{Environment.ProcessId} ] && kill -0 $pg 2>/dev/null; do sleep 1; done; "
            + $"kill -INT $pg 2>/dev/null; wait $pg; rm -rf \"{root}\"";
        var server = Process.Start(Start("bash", ["-c", script], asRoot))!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server, data, bin, asRoot, root);
        var started = new PostgresServer(root, port);
        await started.WaitUntilReadyAsync(server);
        return started;
    }

    private async Task WaitUntilReadyAsync(Process server)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException)
            {
                if (server.HasExited || DateTime.UtcNow > until)
                    throw new InvalidOperationException(
                        $"The test PostgreSQL server did not start: {e.Message} "
                            + $"{server.StandardError.ReadToEnd()}"
                    );
                await Task.Delay(100);
            }
        }
    }

    private static void Stop(Process server, string data, string bin, bool asRoot, string root)
    {
        // Best effort at exit: the watchdog ends the server in any case.
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["stop", "-D", data, "-m", "immediate", "-s"], asRoot);
            server.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The newest installed server's binaries (<c>CIVBOT_PG_BIN</c> overrides).</summary>
    private static string FindBin()
    {
        if (Environment.GetEnvironmentVariable("CIVBOT_PG_BIN") is { Length: > 0 } configured)
            return configured;
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory
                .GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b =>
                    int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0
                )
                .FirstOrDefault()
            : null;
        return found
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed, and the tests need a real server. Install it with "
                    + "`apt-get update && apt-get install -y postgresql` (scripts/test.sh does this), then run the tests again."
            );
    }

    private static ProcessStartInfo Start(string file, IEnumerable<string> args, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
                info.ArgumentList.Add(a);
        }
        foreach (var a in args)
            info.ArgumentList.Add(a);
        return info;
    }

    private static void Run(string file, IEnumerable<string> args, bool asPostgres = false)
    {
        using var process = Process.Start(Start(file, args, asPostgres))!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish in 60 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} failed ({process.ExitCode}): {error.Result}"
            );
    }
}
