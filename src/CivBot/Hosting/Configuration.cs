namespace CivBot.Hosting;

using CivBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

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

    /// <exception cref="OptionsValidationException">A setting is unusable; its message names the key.</exception>
    public static CivBotSettings Settings(IConfiguration configuration)
    {
        var settings = new CivBotSettings();
        configuration.GetSection(CivBotSettings.Section).Bind(settings);
        var modes = StorageOptions.SynchronousModes;
        if (!modes.Contains(settings.Synchronous.Trim().ToUpperInvariant()))
            throw ConfigurationErrors.Refused(
                $"{CivBotSettings.Section}:Synchronous",
                typeof(CivBotSettings),
                $"{CivBotSettings.Section}:Synchronous is '{settings.Synchronous}', which is not one of {string.Join(", ", modes)}; e.g. CivBot__Synchronous=FULL"
            );
        if (
            !string.IsNullOrWhiteSpace(settings.TimeZone)
            && !Core.Engine.TimeZones.TryFind(settings.TimeZone, out _)
        )
            throw ConfigurationErrors.Refused(
                $"{CivBotSettings.Section}:TimeZone",
                typeof(CivBotSettings),
                $"{CivBotSettings.Section}:TimeZone is '{settings.TimeZone}', which is not an IANA time zone; e.g. CivBot__TimeZone=America/Chicago"
            );
        if (
            !string.IsNullOrWhiteSpace(settings.Language)
            && Core.Languages.Words.Find(settings.Language) is null
        )
            throw ConfigurationErrors.Refused(
                $"{CivBotSettings.Section}:Language",
                typeof(CivBotSettings),
                $"{CivBotSettings.Section}:Language is '{settings.Language}', which is not a language CivBot speaks ({Core.Languages.Words.Codes}); e.g. CivBot__Language=es"
            );
        CheckPostgres(settings.Postgres, $"{CivBotSettings.Section}:Postgres");
        return settings;
    }

    /// <summary>A PostgreSQL connection string that cannot be read is a configuration mistake: one line naming <paramref name="source"/>.</summary>
    /// <exception cref="OptionsValidationException">It is not a connection string.</exception>
    public static void CheckPostgres(string? connectionString, string source)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return;
        try
        {
            Storage.Database.PostgresConnectionString.Parse(connectionString, source);
        }
        catch (ArgumentException e)
        {
            throw ConfigurationErrors.Refused(source, typeof(CivBotSettings), e.Message);
        }
    }
}
