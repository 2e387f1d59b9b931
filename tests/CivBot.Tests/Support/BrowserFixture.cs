namespace CivBot.Tests.Support;

using Microsoft.Playwright;

/// <summary>
/// One headless Chromium for every browser test: Debian's <c>chromium</c> by its executable path (Playwright never
/// downloads a browser here). <c>scripts/test.sh</c> installs it when missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath()
    {
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("CIVBOT_CHROMIUM"),
            "/usr/lib/chromium/chromium",
            "/usr/bin/chromium",
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Debian's chromium is not installed: run scripts/test.sh (it installs it), or apt-get install -y chromium."
            );
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath(),
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
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
