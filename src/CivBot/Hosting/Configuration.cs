namespace CivBot.Hosting;

using Microsoft.Extensions.Configuration;

public static class Configuration
{
    /// <summary>appsettings.json (working directory, then beside the program), then environment variables (<c>CivBot__Telegram__Token</c>).</summary>
    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(
                Path.Combine(Environment.CurrentDirectory, "appsettings.json"),
                optional: true
            )
            .AddEnvironmentVariables()
            .Build();

    public static CivBotSettings Settings(IConfiguration configuration)
    {
        var settings = new CivBotSettings();
        configuration.GetSection(CivBotSettings.Section).Bind(settings);
        return settings;
    }
}
