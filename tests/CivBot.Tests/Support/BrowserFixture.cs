namespace CivBot.Tests.Support;

using CivBot.Testing.Web;
using Microsoft.Playwright;

/// <summary>One headless Debian <c>chromium</c> (<see cref="Chromium"/>) for every browser test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath(),
                Headless = true,
                Args = Chromium.Args,
            }
        );
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
