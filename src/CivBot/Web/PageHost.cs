namespace CivBot.Web;

using System.Net;
using CivBot.Core.Flows;
using CivBot.Hosting;
using CivBot.Storage.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// <c>civbot page</c>'s host: only the public pages of one local database, on loopback. No channels, no outbox, no
/// timers: it reads, it never writes receipts.
/// </summary>
public static class PageHost
{
    /// <summary>Where a started page host listens (with port 0, the port the system picked).</summary>
    public static string AddressOf(WebApplication app) =>
        app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();

    public static async Task<WebApplication> BuildAsync(
        IConfiguration configuration,
        string databasePath,
        int port,
        Action<ILoggingBuilder>? logging,
        CancellationToken cancellationToken
    )
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddConfiguration(configuration);
        // Loopback only: the page of a local database is for the person at this machine.
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        if (logging is not null)
            logging(builder.Logging);
        builder.Services.AddCivBot(
            new FlowCatalog([]),
            Configuration.Settings(configuration),
            databasePath
        );
        var app = builder.Build();
        await app.Services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        app.MapCivBotPages();
        return app;
    }
}
