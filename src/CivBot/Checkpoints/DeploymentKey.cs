namespace CivBot.Checkpoints;

using System.Text;
using CivBot.Core.Receipts.Checkpoints;

/// <summary>
/// The deployment's Ed25519 checkpoint key, kept in <c>civbot-deployment.key</c> beside the database (the data
/// directory), readable by its owner only. Generated at first start. The file holds the key's name too, so renaming
/// the deployment later does not change the key ID that earlier checkpoints name.
/// </summary>
public static class DeploymentKey
{
    public const string FileName = "civbot-deployment.key";

    private const string Header =
        "# CivBot deployment key (Ed25519). PRIVATE: never share, log or export this file.";

    public static string PathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, FileName);

    /// <summary>Loads the key beside <paramref name="databasePath"/>, creating it (named <paramref name="name"/>) when absent.</summary>
    public static CheckpointSigner LoadOrCreate(string databasePath, string name)
    {
        var path = PathFor(databasePath);
        if (TryLoad(databasePath) is { } existing)
            return existing;
        var seed = CheckpointSigner.NewPrivateKey();
        var signer = new CheckpointSigner(name, seed);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var file = new StreamWriter(path, Encoding.UTF8, options);
            file.Write($"{Header}\nname {name}\nseed {Convert.ToBase64String(seed)}\n");
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs, so there is only ever one key.
            signer.Dispose();
            return TryLoad(databasePath)!;
        }
        finally
        {
            Array.Clear(seed);
        }
        return signer;
    }

    /// <summary>The key beside <paramref name="databasePath"/>, or null when there is none yet.</summary>
    public static CheckpointSigner? TryLoad(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path))
            return null;
        string? name = null;
        byte[]? seed = null;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("name ", StringComparison.Ordinal))
                name = line[5..].Trim();
            else if (line.StartsWith("seed ", StringComparison.Ordinal))
                seed = Convert.FromBase64String(line[5..].Trim());
        }
        if (name is null || seed is not { Length: 32 })
            throw new InvalidDataException(
                $"{path} is not a CivBot deployment key (it needs a 'name' and a 32-byte 'seed' line)."
            );
        try
        {
            return new CheckpointSigner(name, seed);
        }
        finally
        {
            Array.Clear(seed);
        }
    }
}
