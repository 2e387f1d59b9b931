namespace CivBot.Tests.Support;

/// <summary>The browser tests share one Chromium (and run one after another, which two cores appreciate).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
