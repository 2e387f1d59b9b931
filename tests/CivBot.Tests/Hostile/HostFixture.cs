namespace CivBot.Tests.Hostile;

using CivBot.Tests.Support;

/// <summary>One composed host for a test class (starting one takes a moment).</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public WebhookHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await WebhookHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
