namespace CivBot.Storage.Tests.Support;

using CivBot.Core.Flows;

/// <summary>The repository's flows/*.yaml, loaded as the host loads them.</summary>
internal static class ShippedFlows
{
    public static FlowCatalog Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            dir is not null && !File.Exists(Path.Combine(dir.FullName, "flows", "cociv-loop.yaml"))
        )
            dir = dir.Parent;
        var result = FlowLoader.LoadDirectory(
            Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("flows/"), "flows")
        );
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return new FlowCatalog(result.Flows);
    }
}
