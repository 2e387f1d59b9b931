namespace CivBot.Testing;

/// <summary>Paths in the repository the tests run from, found by walking up to the folder holding CivBot.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Flows => Path.Combine(Root, "flows");

    public static string FlowDocs => Path.Combine(Root, "docs", "flows");

    /// <summary>A path below the repository root.</summary>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A recorded platform payload, copied beside the test binaries from the project's Payloads folder.</summary>
    public static string Payload(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));

    private static string FindRoot()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            if (File.Exists(Path.Combine(dir.FullName, "CivBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No CivBot.sln above {AppContext.BaseDirectory}.");
    }
}
