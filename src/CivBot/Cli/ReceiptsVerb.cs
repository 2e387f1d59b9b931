namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Hosting;
using CivBot.Storage.Receipts;
using Microsoft.Extensions.DependencyInjection;

/// <summary><c>civbot receipts verify|export</c>: check or export the hash-chained receipts of a database.</summary>
internal static class ReceiptsVerb
{
    public static Command Create()
    {
        var command = new Command("receipts", "Verify or export the receipts in a database.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Verify()
    {
        var db = new DatabaseOptions();
        var checkpoint = new Option<string?>("--checkpoint")
        {
            Description =
                "A signed checkpoint (the text a chat received, or a file holding it): also check the chain against it",
        };
        var key = new Option<string?>("--key")
        {
            Description =
                "The deployment's verifier key (name+id+key) for --checkpoint; default: the key beside the database",
        };
        var command = new Command(
            "verify",
            "Check every group's receipt chain; exit 0 when intact, 1 naming the first broken receipt."
        )
        {
            db.Db,
            db.Postgres,
            checkpoint,
            key,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                if (await OpenExistingAsync(db, parse, ct) is not var (services, chosen))
                    return 2;
                await using var _ = services;
                if (parse.GetValue(checkpoint) is { } text)
                    return await CheckpointVerify.RunAsync(
                        services,
                        chosen.Path,
                        text,
                        parse.GetValue(key),
                        ct
                    );
                var results = await services
                    .GetRequiredService<ReceiptStore>()
                    .VerifyAsync(null, ct);
                var broken = results.FirstOrDefault(r => r.Break is not null);
                if (broken is not null)
                {
                    await Console.Out.WriteLineAsync(
                        $"BROKEN: group {broken.Group}, receipt #{broken.Break!.Seq}: {broken.Break.Reason(Words.English)}."
                    );
                    return 1;
                }
                await Console.Out.WriteLineAsync(
                    $"OK: {results.Sum(r => r.Count)} receipts in {results.Count} {(results.Count == 1 ? "group" : "groups")}; every chain is intact."
                );
                return 0;
            }
        );
        return command;
    }

    private static Command Export()
    {
        var db = new DatabaseOptions();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (canonical receipts) or md",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "md");
        var group = new Option<string?>("--group") { Description = "Only this group's receipts" };
        var command = new Command("export", "Write receipts to standard output.")
        {
            db.Db,
            db.Postgres,
            format,
            group,
        };
        command.SetAction(
            async (parse, ct) =>
            {
                if (await OpenExistingAsync(db, parse, ct) is not var (services, chosen))
                    return 2;
                await using var _ = services;
                var g = parse.GetValue(group);
                var store = services.GetRequiredService<ReceiptStore>();
                if (g is not null && !(await store.ListGroupsAsync(ct)).Contains(new GroupId(g)))
                {
                    await Console.Error.WriteLineAsync(
                        $"No group '{g}' has receipts in {chosen.Described}; without --group every group's receipts are exported."
                    );
                    return 1;
                }
                var languages = services.GetRequiredService<Storage.Groups.GroupLanguages>();
                await store.ExportAsync(
                    Console.Out,
                    parse.GetValue(format)!,
                    g is null ? null : new GroupId(g),
                    ct,
                    languages.OfAsync
                );
                await Console.Out.FlushAsync(ct);
                return 0;
            }
        );
        return command;
    }

    /// <summary>
    /// Opens an existing database (upgrading its schema); null, with one line, when no database is named, there is no
    /// such file, or PostgreSQL cannot be reached.
    /// </summary>
    private static async Task<(ServiceProvider, DatabaseOptions.Chosen)?> OpenExistingAsync(
        DatabaseOptions options,
        ParseResult parse,
        CancellationToken ct
    )
    {
        var configuration = Configuration.Build();
        var settings = Configuration.Settings(configuration);
        if (options.Read(parse, settings, Console.Error) is not { } chosen)
            return null;
        if (chosen.Postgres is null && !File.Exists(chosen.Path))
        {
            await Console.Error.WriteLineAsync($"No database at {chosen.Path}.");
            return null;
        }
        // Reading receipts needs no flow: an empty catalog, so a broken flow file cannot stop a verify or an export.
        var services = OneShot.Build(
            configuration,
            settings,
            chosen.Path,
            new Core.Flows.FlowCatalog([]),
            storage: o => o.Postgres = chosen.Postgres
        );
        try
        {
            await services.GetRequiredService<Storage.Migrations.Migrator>().MigrateAsync(ct);
        }
        catch (Npgsql.NpgsqlException e)
        {
            await services.DisposeAsync();
            await Console.Error.WriteLineAsync(
                $"Could not open {chosen.Described}: {e.Message} Check that the server is up and the connection string is right."
            );
            return null;
        }
        return (services, chosen);
    }
}
