namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Hosting;

/// <summary>
/// <c>--db FILE</c> or <c>--postgres CONNSTR</c>: which database a verb reads. The deployment key still lives beside
/// <c>--db</c>, or beside <c>CivBot:Database</c> with <c>--postgres</c>.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<FileInfo?> Db { get; } = new("--db") { Description = "SQLite file" };

    public Option<string?> Postgres { get; } =
        new("--postgres")
        {
            Description =
                "PostgreSQL connection string, instead of --db (Host=...;Database=...;Username=...)",
        };

    /// <summary>The chosen database, or null after one line on <paramref name="errors"/> (the caller exits 2).</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">--postgres is not a connection string.</exception>
    public Chosen? Read(ParseResult parse, CivBotSettings settings, TextWriter errors)
    {
        var file = parse.GetValue(Db);
        var postgres = parse.GetValue(Postgres);
        if ((file is null) == string.IsNullOrWhiteSpace(postgres))
        {
            errors.WriteLine(
                "Name one database: --db FILE (SQLite) or --postgres CONNSTR (PostgreSQL)."
            );
            return null;
        }
        if (file is not null)
            return new Chosen(file.FullName, null, file.FullName);
        Configuration.CheckPostgres(postgres, "--postgres");
        var described = Storage.Database.PostgresConnectionString.Describe(
            Storage.Database.PostgresConnectionString.Parse(postgres!, "--postgres")
        );
        return new Chosen(Path.GetFullPath(settings.Database), postgres, described);
    }

    /// <param name="Path">The SQLite file, or with PostgreSQL where the deployment key lives beside.</param>
    /// <param name="Postgres">The connection string, when PostgreSQL.</param>
    /// <param name="Described">What a message may name: the file, or host and database (never a password).</param>
    public sealed record Chosen(string Path, string? Postgres, string Described);
}
