namespace CivBot.Cli;

using System.CommandLine;
using System.Globalization;
using CivBot.Core.Inbound;
using CivBot.Core.Ports;
using CivBot.Hosting;
using CivBot.Playground;
using CivBot.Storage.Meta;
using CivBot.Storage.Outbox;
using CivBot.Storage.Timers;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>civbot chat</c>: the local playground. Reads "name: text" lines, prints what the bot sends. The input and output
/// format is a contract other tools drive; see README.
/// </summary>
internal static class ChatVerb
{
    private const string ClockKey = "playground.clock";

    public static Command Create()
    {
        var db = new Option<FileInfo?>("--db")
        {
            Description = "SQLite file (default: civbot-playground.db in the working directory)",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description =
                "PostgreSQL connection string, instead of --db (Host=...;Database=...;Username=...)",
        };
        var flow = new Option<string?>("--flow")
        {
            Description = "Flow new loops start with (default: cociv-loop)",
        };
        var flows = new Option<DirectoryInfo?>("--flows")
        {
            Description = "Directory of flow files (default: ./flows)",
        };
        var command = new Command(
            "chat",
            "Play a whole loop in the terminal: type lines like \"ann: /ask Need a ride\"; \":wait 2d\" moves the clock."
        )
        {
            db,
            postgres,
            flow,
            flows,
        };
        command.SetAction(
            (parse, ct) =>
                RunAsync(
                    parse.GetValue(db),
                    parse.GetValue(flow),
                    parse.GetValue(flows),
                    Console.In,
                    Console.Out,
                    Console.Error,
                    ct,
                    parse.GetValue(postgres)
                )
        );
        return command;
    }

    public static async Task<int> RunAsync(
        FileInfo? db,
        string? flowId,
        DirectoryInfo? flowsDir,
        TextReader input,
        TextWriter output,
        TextWriter errors,
        CancellationToken cancellationToken,
        string? postgres = null
    )
    {
        var configuration = Configuration.Build();
        var settings = Configuration.Settings(configuration);
        if (flowId is not null)
            settings.DefaultFlow = flowId;
        if (db is not null && !string.IsNullOrWhiteSpace(postgres))
        {
            await errors.WriteLineAsync(
                "Name one database: --db FILE (SQLite) or --postgres CONNSTR (PostgreSQL)."
            );
            return 2;
        }
        Configuration.CheckPostgres(postgres, "--postgres");
        // With PostgreSQL the file path only says where the deployment key lives (beside it).
        var path =
            db?.FullName ?? Path.Combine(Environment.CurrentDirectory, "civbot-playground.db");
        var described = string.IsNullOrWhiteSpace(postgres)
            ? path
            : Storage.Database.PostgresConnectionString.Describe(
                Storage.Database.PostgresConnectionString.Parse(postgres, "--postgres")
            );
        var existed = string.IsNullOrWhiteSpace(postgres) && File.Exists(path);

        Core.Flows.FlowCatalog catalog;
        try
        {
            catalog = FlowSetup.Load(
                FlowSetup.ResolveDirectory(flowsDir?.FullName ?? settings.FlowsDirectory),
                settings.DefaultFlow,
                e => errors.WriteLine($"warning: {e} (this flow is not offered until it is fixed)")
            );
        }
        catch (InvalidFlowsException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }

        var clock = new PlaygroundClock(DateTimeOffset.UtcNow);
        await using var services = OneShot.Build(
            configuration,
            settings,
            path,
            catalog,
            clock,
            new PlaygroundSender(output),
            // A transcript should read in the order things happened, across the group chat and direct messages.
            storage: o =>
            {
                o.DispatchInIdOrder = true;
                o.Postgres = string.IsNullOrWhiteSpace(postgres) ? null : postgres;
            }
        );
        await services.InitializeCivBotAsync(cancellationToken);
        var meta = services.GetRequiredService<MetaStore>();
        // The playground's clock only moves forward, across runs too: timers set by an earlier :wait stay in order.
        if (
            await meta.GetAsync(ClockKey, cancellationToken) is { } saved
            && DateTimeOffset.TryParse(saved, CultureInfo.InvariantCulture, out var at)
        )
            clock.Set(at);

        await errors.WriteLineAsync(
            $"CivBot playground · database: {described}{(described != path ? "" : existed ? " (existing)" : " (new)")} · flow: {settings.DefaultFlow} · clock: {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC"
        );
        await errors.WriteLineAsync(
            "Type lines like \"ann: /ask Need a ride to the clinic\"; \":wait 2d\" moves the clock; end of input quits."
        );

        var sink = services.GetRequiredService<IInboundSink>();
        var outbox = services.GetRequiredService<OutboxDispatcher>();
        var timers = services.GetRequiredService<TimerScheduler>();
        var interactive = input == Console.In && !Console.IsInputRedirected;
        var counter = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
                await errors.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
                break;
            switch (PlaygroundLineParser.Parse(line))
            {
                case PlaygroundLine.Says says:
                    var inbound = new InboundEvent(
                        PlaygroundChannel.GroupChat,
                        new Sender(PlaygroundChannel.Member(says.Name), says.Name),
                        $"{clock.GetUtcNow().ToUnixTimeMilliseconds()}-{++counter}-{Guid.NewGuid():N}",
                        new TextBody(says.Text),
                        SenderDirectChat: PlaygroundChannel.DirectChat(says.Name),
                        // Everyone at the playground's keyboard runs the local group.
                        SenderIsChatAdmin: true,
                        ChatTitle: "group"
                    );
                    await sink.SubmitAsync(inbound, cancellationToken);
                    // Until nothing is left: an AI draft request, once sent, queues the draft itself.
                    while (await outbox.DispatchDueAsync(cancellationToken) > 0) { }
                    break;
                case PlaygroundLine.Wait wait when clock.GetUtcNow() + wait.Span > EndOfCalendar:
                    await output.WriteLineAsync(
                        "playground: the clock would run past the year 9000; start a new playground database."
                    );
                    break;
                case PlaygroundLine.Wait wait:
                    await AdvanceAsync(
                        clock,
                        clock.GetUtcNow() + wait.Span,
                        timers,
                        outbox,
                        cancellationToken
                    );
                    await meta.SetAsync(
                        ClockKey,
                        clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                        cancellationToken
                    );
                    break;
                case PlaygroundLine.Invalid invalid:
                    await output.WriteLineAsync("playground: " + invalid.Problem);
                    break;
            }
        }
        await meta.SetAsync(
            ClockKey,
            clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            CancellationToken.None
        );
        return 0;
    }

    // Deadlines are set from the clock forward, so it stays far from DateTimeOffset.MaxValue (the year 9999).
    private static readonly DateTimeOffset EndOfCalendar = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Moves the clock to each due timer in turn, so everything fires at its own time and in order.</summary>
    private static async Task AdvanceAsync(
        PlaygroundClock clock,
        DateTimeOffset target,
        TimerScheduler timers,
        OutboxDispatcher outbox,
        CancellationToken cancellationToken
    )
    {
        while (await timers.NextDueAsync(cancellationToken) is { } due && due <= target)
        {
            clock.Set(due);
            await timers.FireDueAsync(cancellationToken);
            await outbox.DispatchDueAsync(cancellationToken);
        }
        clock.Set(target);
        await outbox.DispatchDueAsync(cancellationToken);
    }
}
