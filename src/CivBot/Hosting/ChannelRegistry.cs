namespace CivBot.Hosting;

using Microsoft.Extensions.Configuration;

/// <summary>The channels <c>run</c> can start, each enabled by its configuration section.</summary>
public static class ChannelRegistry
{
    public const string NoChannelHelp = """
        No channel is configured, so there is nothing for CivBot to listen to.

        Try it locally first:   dotnet run --project src/CivBot -- chat

        To run for real, add a channel's settings to appsettings.json or the environment, e.g.
          CivBot__Telegram__Token=<token from @BotFather>      (Telegram)
          CivBot__Discord__Token=<bot token>                   (Discord)
          CivBot__Sms__AccountSid=AC... CivBot__Sms__AuthToken=... CivBot__Sms__FromNumber=+1...   (Twilio SMS)
        The README's "Channels" section walks through each one.
        """;

    /// <summary>Channel modules whose configuration is present. Channel projects add themselves here as they land.</summary>
    public static IReadOnlyList<IChannelModule> Configured(IConfiguration configuration)
    {
        var modules = new List<IChannelModule>();
        if (TelegramModule.IsConfigured(configuration))
            modules.Add(new TelegramModule());
        if (DiscordModule.IsConfigured(configuration))
            modules.Add(new DiscordModule());
        if (SmsModule.IsConfigured(configuration))
            modules.Add(new SmsModule());
        return modules;
    }
}
