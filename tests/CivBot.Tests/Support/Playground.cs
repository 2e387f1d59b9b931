namespace CivBot.Tests.Support;

using CivBot.Cli;

/// <summary>Runs the real <c>chat</c> verb (engine, SQLite, outbox, timers) on a script and returns what it printed.</summary>
public static class Playground
{
    public static Task<List<string>> RunAsync(string db, string flow, params string[] lines) =>
        RunInAsync(Repo.Flows, db, flow, lines);

    public static async Task<List<string>> RunInAsync(
        string flows,
        string db,
        string flow,
        params string[] lines
    )
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ChatVerb.RunAsync(
            new FileInfo(db),
            flow,
            new DirectoryInfo(flows),
            new StringReader(string.Join('\n', lines)),
            output,
            errors,
            CancellationToken.None
        );
        Assert.True(exit == 0, errors.ToString());
        return
        [
            .. output
                .ToString()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.TrimEnd('\r')),
        ];
    }
}
