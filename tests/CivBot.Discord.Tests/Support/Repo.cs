namespace CivBot.Discord.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Flows => Path.Combine(Root, "flows");

    public static string Payload(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CivBot.sln")))
            dir = dir.Parent;
        return dir?.FullName
            ?? throw new InvalidOperationException("CivBot.sln not found above the test output.");
    }
}
