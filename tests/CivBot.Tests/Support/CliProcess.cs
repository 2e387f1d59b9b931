namespace CivBot.Tests.Support;

using System.Diagnostics;

/// <summary>Runs the built program as a separate process, as a person or another tool would.</summary>
public static class CliProcess
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(
        string workingDirectory,
        string? input,
        params string[] args
    ) => RunAsync(workingDirectory, input, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the process, e.g. <c>CivBot__Ai__Model</c> or <c>CivBot__Telegram__Token</c>.</param>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(
        string workingDirectory,
        string? input,
        IReadOnlyDictionary<string, string> environment,
        params string[] args
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "civbot.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["CivBot__FlowsDirectory"] = Repo.Flows;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A run that should have stopped by itself must not outlive the test (it would hold ports and files).
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"civbot {string.Join(' ', args)} did not exit within 60 s. Stderr: {await stderr}"
            );
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
