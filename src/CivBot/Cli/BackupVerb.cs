namespace CivBot.Cli;

using System.CommandLine;
using CivBot.Checkpoints;
using Microsoft.Data.Sqlite;

/// <summary>
/// <c>civbot backup --db FILE --out FILE</c>: a consistent copy of a live database through SQLite's online backup API
/// (safe while <c>run</c> writes to it), plus the deployment key (one per folder) when the copy goes to another folder:
/// without it a restored database's checkpoints would be signed by a new key.
/// </summary>
internal static class BackupVerb
{
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db")
        {
            Description = "The SQLite file to copy (may be in use)",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The new file to write (must not exist)",
            Required = true,
        };
        var command = new Command(
            "backup",
            "Copy a database consistently while the bot runs, with its deployment key; restore by putting both back."
        )
        {
            db,
            output,
        };
        command.SetAction(
            (parse, ct) => RunAsync(parse.GetValue(db)!, parse.GetValue(output)!, ct)
        );
        return command;
    }

    public static async Task<int> RunAsync(FileInfo db, FileInfo output, CancellationToken ct)
    {
        if (!db.Exists)
        {
            await Console.Error.WriteLineAsync($"No database at {db.FullName}.");
            return 2;
        }
        var key = DeploymentKey.PathFor(db.FullName);
        var keyCopy = DeploymentKey.PathFor(output.FullName);
        var copyKey = File.Exists(key) && key != keyCopy;
        if (
            copyKey
            && File.Exists(keyCopy)
            && !File.ReadAllBytes(key).SequenceEqual(File.ReadAllBytes(keyCopy))
        )
        {
            await Console.Error.WriteLineAsync(
                $"{keyCopy} is another deployment's key; back up into a folder of its own, e.g. --out backups/{output.Name}"
            );
            return 2;
        }
        if (output.Exists)
        {
            await Console.Error.WriteLineAsync(
                $"{output.FullName} already exists; give a new file name, e.g. --out civbot-{DateTime.UtcNow:yyyyMMdd-HHmm}.db"
            );
            return 2;
        }
        var source = new SqliteConnectionStringBuilder
        {
            DataSource = db.FullName,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var target = new SqliteConnectionStringBuilder
        {
            DataSource = output.FullName,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(target.ToString()))
        {
            await from.OpenAsync(ct);
            await to.OpenAsync(ct);
            // One consistent snapshot, even while the writer commits (WAL readers see the last commit before the copy).
            from.BackupDatabase(to);
        }
        if (copyKey && !File.Exists(keyCopy))
        {
            File.Copy(key, keyCopy);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(keyCopy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await Console.Out.WriteLineAsync(
            File.Exists(key)
                ? $"Backed up {db.FullName} to {output.FullName}; its deployment key is {keyCopy} (keep it secret)."
                : $"Backed up {db.FullName} to {output.FullName}."
        );
        return 0;
    }
}
