namespace CivBot.Tests.Playground;

using CivBot.Cli;
using CivBot.Tests.Support;

/// <summary>A broken flow file is not offered to groups and the operator is told why; a broken default stops start-up.</summary>
public sealed class BrokenFlowTests
{
    private static async Task<(int Exit, string Out, string Err)> ChatAsync(
        string flows,
        string db,
        params string[] lines
    )
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ChatVerb.RunAsync(
            new FileInfo(db),
            "cociv-loop",
            new DirectoryInfo(flows),
            new StringReader(string.Join('\n', lines)),
            output,
            errors,
            CancellationToken.None
        );
        return (exit, output.ToString(), errors.ToString());
    }

    private static string FlowsWith(TempDb tmp, string brokenFile, Func<string, string> breakIt)
    {
        var dir = Directory.CreateDirectory(Path.Combine(tmp.Dir, "flows")).FullName;
        foreach (var file in Directory.EnumerateFiles(Repo.Flows, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(
                Path.Combine(dir, Path.GetFileName(file)),
                Path.GetFileName(file) == brokenFile ? breakIt(text) : text
            );
        }
        return dir;
    }

    [Fact]
    public async Task A_broken_flow_is_left_out_with_its_file_line_and_reason_and_the_rest_keep_working()
    {
        using var tmp = new TempDb();
        var flows = FlowsWith(
            tmp,
            "urgent-ride.yaml",
            t => t.Replace("duration: 30m", "duration: half an hour", StringComparison.Ordinal)
        );

        var (exit, output, errors) = await ChatAsync(
            flows,
            tmp.Path,
            "ann: /flows",
            "ann: /urgent Need a ride",
            "ann: /ask Need a ride"
        );

        Assert.Equal(0, exit);
        Assert.Matches(
            @"warning: .*urgent-ride\.yaml:\d+: .*half an hour.* \(this flow is not offered until it is fixed\)",
            errors
        );
        Assert.DoesNotContain("Urgent ride", output, StringComparison.Ordinal);
        Assert.Contains("bot: I don't know /urgent.", output, StringComparison.Ordinal);
        Assert.Contains(
            "bot: 📣 New ask #1 from ann: Need a ride",
            output,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_broken_default_flow_stops_the_playground_with_its_file_line_and_reason()
    {
        using var tmp = new TempDb();
        var flows = FlowsWith(
            tmp,
            "cociv-loop.yaml",
            t => t.Replace("duration: 4d", "duration: 4 days", StringComparison.Ordinal)
        );

        var (exit, _, errors) = await ChatAsync(flows, tmp.Path, "ann: /help");

        Assert.Equal(2, exit);
        Assert.Matches(@"cociv-loop\.yaml:\d+: .*4 days", errors);
        Assert.DoesNotContain("urgent-ride", errors, StringComparison.Ordinal);
    }
}
