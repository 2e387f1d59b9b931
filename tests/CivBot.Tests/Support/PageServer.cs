namespace CivBot.Tests.Support;

using CivBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

/// <summary>What <c>civbot page</c> serves, on a free loopback port, stopped on dispose.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<PageServer> StartAsync(string db)
    {
        var app = await PageHost.BuildAsync(
            new ConfigurationBuilder().Build(),
            db,
            0,
            logging => logging.ClearProviders(),
            CancellationToken.None
        );
        await app.StartAsync();
        var address = PageHost.AddressOf(app);
        return new PageServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
