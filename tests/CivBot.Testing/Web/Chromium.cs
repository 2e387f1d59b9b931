namespace CivBot.Testing.Web;

/// <summary>
/// Debian's <c>chromium</c>, which the browser tests and the <c>--browser</c> bench drive through Playwright (Playwright
/// never downloads a browser here). <c>scripts/test.sh</c> installs it when missing.
/// </summary>
public static class Chromium
{
    /// <summary>Headless on a server: no sandbox (CI runs as root), no GPU, no small /dev/shm.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ];

    public static string ExecutablePath()
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
}
