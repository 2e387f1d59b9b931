namespace CivBot.Core.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to the folder holding CivBot.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string FlowsDirectory => Path.Combine(Root, "flows");

    public static string FlowDocsDirectory => Path.Combine(Root, "docs", "flows");

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
