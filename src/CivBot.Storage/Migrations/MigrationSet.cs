namespace CivBot.Storage.Migrations;

using System.Globalization;
using System.Reflection;

/// <summary>The scripts a <see cref="Migrator"/> knows, in version order. Injectable so tests can add a future version.</summary>
public sealed class MigrationSet
{
    public MigrationSet(IEnumerable<MigrationScript> scripts)
    {
        Scripts = [.. scripts.OrderBy(s => s.Version)];
        for (var i = 0; i < Scripts.Count; i++)
        {
            if (Scripts[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Migration versions must run 1, 2, 3... without gaps; found {Scripts[i].Version} at position {i + 1}."
                );
        }
    }

    public IReadOnlyList<MigrationScript> Scripts { get; }

    public int Latest => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    /// <summary>
    /// The scripts shipped in this assembly for <paramref name="provider"/>: SQLite's as <c>Migrations/NNNN_name.sql</c>,
    /// PostgreSQL's as <c>Migrations/Postgres/NNNN_name.sql</c> (embedded resources). Each provider numbers its own.
    /// </summary>
    public static MigrationSet Embedded(
        Database.StorageProvider provider = Database.StorageProvider.Sqlite
    )
    {
        var assembly = typeof(MigrationSet).Assembly;
        var marker =
            provider == Database.StorageProvider.Postgres
                ? ".Migrations.Postgres."
                : ".Migrations.";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var at = resource.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0 || !resource.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var file = resource[(at + marker.Length)..^".sql".Length];
            if (file.Contains('.', StringComparison.Ordinal))
                continue; // another provider's folder
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (
                underscore <= 0
                || !int.TryParse(
                    file[..underscore],
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var version
                )
            )
                throw new InvalidOperationException(
                    $"Migration resource '{resource}' is not named NNNN_name.sql."
                );
            scripts.Add(
                new MigrationScript(version, file[(underscore + 1)..], Read(assembly, resource))
            );
        }
        return new MigrationSet(scripts);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream =
            assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
