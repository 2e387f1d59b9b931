namespace CivBot.Tests.Checkpoints;

using CivBot.Checkpoints;
using CivBot.Tests.Support;

/// <summary>Signed checkpoints as a group and an outsider use them: posted when a loop closes, checked later.</summary>
public sealed class CheckpointCliTests
{
    public static string[] UrgentRide => UrgentRideScript.Lines;

    /// <summary>The signed note the group's chat received when the loop closed, exactly as printed.</summary>
    public static string CheckpointFrom(List<string> output)
    {
        var start = output.FindIndex(l =>
            l.StartsWith("bot: 🔏 Signed checkpoint", StringComparison.Ordinal)
        );
        Assert.True(start >= 0, string.Join('\n', output));
        // The playground prints each line of a message after "bot: ": origin, size, hash, then the signature.
        var lines = output
            .Skip(start + 1)
            .Select(l => l["bot:".Length..].Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var end = lines.FindIndex(l => l.StartsWith('—'));
        return string.Join('\n', lines.Take(end)) + "\n\n" + lines[end] + "\n";
    }

    [Fact]
    public async Task A_closing_loop_posts_a_signed_checkpoint_that_the_cli_accepts_and_that_catches_a_consistent_rewrite_later()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(db.Path, "urgent-ride", UrgentRide);
        var note = CheckpointFrom(output);
        Assert.StartsWith("civbot.local/playground:group\n", note, StringComparison.Ordinal);
        var file = Path.Combine(db.Dir, "checkpoint.txt");
        await File.WriteAllTextAsync(file, note);

        var ok = await CliProcess.RunAsync(
            db.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            db.Path,
            "--checkpoint",
            file
        );
        Assert.Equal(0, ok.Exit);
        Assert.StartsWith(
            "OK: group playground:group matches the checkpoint signed by key ",
            ok.Out,
            StringComparison.Ordinal
        );

        await ChainTamper.RewriteAsync(db.Path, "playground:group", 2, "Someone else drives");
        var plain = await CliProcess.RunAsync(db.Dir, null, "receipts", "verify", "--db", db.Path);
        Assert.Equal(0, plain.Exit); // internally consistent: only the checkpoint can tell

        var caught = await CliProcess.RunAsync(
            db.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            db.Path,
            "--checkpoint",
            note
        );
        Assert.Equal(1, caught.Exit);
        Assert.Contains(
            "BROKEN: group playground:group, receipt #",
            caught.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "differs from the signed checkpoint posted earlier",
            caught.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_checkpoint_with_an_edited_size_is_named_as_a_bad_signature_by_the_cli_and_in_the_chat()
    {
        using var db = new TempDb();
        var note = CheckpointFrom(await Playground.RunAsync(db.Path, "urgent-ride", UrgentRide));
        var lines = note.Split('\n');
        lines[1] = (
            long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) - 1
        ).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var forged = string.Join('\n', lines);

        var cli = await CliProcess.RunAsync(
            db.Dir,
            null,
            "receipts",
            "verify",
            "--db",
            db.Path,
            "--checkpoint",
            forged
        );
        Assert.Equal(1, cli.Exit);
        Assert.StartsWith(
            "BAD CHECKPOINT: That checkpoint has a BAD SIGNATURE",
            cli.Out,
            StringComparison.Ordinal
        );

        // In the chat the note arrives folded onto one line, as a pasted message often is.
        var chat = await Playground.RunAsync(
            db.Path,
            "urgent-ride",
            "ann: /verify " + note.Replace('\n', ' '),
            "ann: /verify " + forged.Replace('\n', ' ')
        );
        Assert.Contains(
            chat,
            l =>
                l.StartsWith(
                    "bot: ✅ The receipts match the signed checkpoint",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            chat,
            l => l.StartsWith("bot: That checkpoint has a BAD SIGNATURE", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task The_deployment_key_is_made_once_beside_the_database_readable_by_its_owner_only_and_verify_names_it()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "urgent-ride",
            [.. UrgentRide, "ann: /verify"]
        );
        var path = DeploymentKey.PathFor(db.Path);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(path)
            );
        using var key = DeploymentKey.TryLoad(db.Path)!;
        using var again = DeploymentKey.LoadOrCreate(db.Path, "another.name");
        Assert.Equal(key.PublicKey.VerifierKey, again.PublicKey.VerifierKey);
        Assert.Contains(
            output,
            l =>
                l.Contains(
                    $"Checkpoints are signed by key {key.PublicKey.Fingerprint} ({key.PublicKey.VerifierKey})",
                    StringComparison.Ordinal
                )
        );
        // The private key never reaches what the chats see.
        var seed = File.ReadAllLines(path)
            .Single(l => l.StartsWith("seed ", StringComparison.Ordinal))[5..];
        Assert.DoesNotContain(output, l => l.Contains(seed, StringComparison.Ordinal));
    }
}
