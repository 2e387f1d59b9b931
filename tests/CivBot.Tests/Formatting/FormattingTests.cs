namespace CivBot.Tests.Formatting;

using CivBot.Tests.Support;

/// <summary>One formatter for everyone (csharpier, pinned in .config/dotnet-tools.json), checked with the tests.</summary>
public sealed class FormattingTests
{
    [Fact]
    public async Task The_code_is_formatted_with_csharpier()
    {
        var restore = await Run("tool restore");
        Assert.True(restore.Exit == 0, "dotnet tool restore failed:\n" + restore.Output);

        var check = await Run("csharpier check .");

        Assert.True(
            check.Exit == 0,
            "Some files are not formatted. Run `dotnet tool restore && dotnet csharpier format .` from the repository root.\n"
                + check.Output
        );
    }

    private static async Task<(int Exit, string Output)> Run(string arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
