namespace CivBot.Tests.Support;

public static class Repo
{
    public static string Root { get; } = Find();

    public static string Flows => Path.Combine(Root, "flows");

    private static string Find()
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
        throw new InvalidOperationException("CivBot.sln not found.");
    }
}
