namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Hosting;
using CivBot.Storage.Pages;
using CivBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Events;

/// <summary><c>civbot page --db FILE [--port N]</c>: serves the public pages of a local database on loopback.</summary>
internal static class PageVerb
{
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "SQLite file", Required = true };
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1 (0 picks a free one)",
            DefaultValueFactory = _ => 8080,
        };
        var command = new Command(
            "page",
            "Serve the public receipts pages of a local database (the playground's, say) on 127.0.0.1."
        )
        {
            db,
            port,
        };
        command.SetAction(
            (parse, ct) => RunAsync(parse.GetValue(db)!, parse.GetValue(port), Console.Out, ct)
        );
        return command;
    }

    public static async Task<int> RunAsync(
        FileInfo db,
        int port,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        if (!db.Exists)
        {
            await Console.Error.WriteLineAsync($"No database at {db.FullName}.");
            return 2;
        }
        var configuration = Configuration.Build();
        await using var app = await PageHost.BuildAsync(
            configuration,
            db.FullName,
            port,
            logging =>
                logging.UseCivBotSerilog(
                    configuration,
                    toStandardError: true,
                    LogEventLevel.Warning
                ),
            cancellationToken
        );
        await app.StartAsync(cancellationToken);
        var address = PageHost.AddressOf(app);
        var published = await app
            .Services.GetRequiredService<PublicationStore>()
            .ListAsync(cancellationToken);
        if (published.Count == 0)
            await output.WriteLineAsync(
                "No group has published its receipts yet: in the group's chat, /publish asks the group."
            );
        foreach (var p in published)
            await output.WriteLineAsync($"{p.Group}: {address}{PageLinks.Page(p.Slug)}");
        await output.WriteLineAsync($"Serving on {address} until Ctrl-C.");
        await output.FlushAsync(cancellationToken);
        // Ends, stopping the host, on Ctrl-C or SIGTERM (the host's console lifetime) or when the caller cancels.
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
