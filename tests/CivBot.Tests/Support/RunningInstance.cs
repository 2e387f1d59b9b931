namespace CivBot.Tests.Support;

using System.Diagnostics;
using System.Text;

/// <summary>
/// One <c>civbot run</c> process on its own webhook and management ports, started and killed by a test. Output is kept
/// for the failure message; disposing kills the process if it still runs.
/// </summary>
public sealed class RunningInstance : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public RunningInstance(
        string name,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment
    )
    {
        Name = name;
        WorkingDirectory = workingDirectory;
        _environment = environment;
        Url = $"http://127.0.0.1:{FreePort.Next()}";
        ManagementUrl = $"http://127.0.0.1:{FreePort.Next()}";
    }

    public string Name { get; }

    public string WorkingDirectory { get; }

    public string Url { get; }

    public string ManagementUrl { get; }

    public bool Running => _process is { HasExited: false };

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts the process and waits (bounded) until its management address says it is alive.</summary>
    public async Task StartAsync(HttpClient http)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "civbot.dll"));
        start.ArgumentList.Add("run");
        start.Environment["ASPNETCORE_URLS"] = Url;
        start.Environment["CivBot__Management__Urls"] = ManagementUrl;
        start.Environment["CivBot__FlowsDirectory"] = Repo.Flows;
        foreach (var (key, value) in _environment)
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} exited at start:\n{Output}");
            try
            {
                if ((await http.GetAsync(ManagementUrl + "/healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} was not alive within 90 s:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown path runs, as when a machine or a container dies.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
            return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Keep($"--- {Name} killed ---");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
