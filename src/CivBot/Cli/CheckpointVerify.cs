namespace CivBot.Cli;

using CivBot.Checkpoints;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Storage.Receipts;
using Microsoft.Extensions.DependencyInjection;

/// <summary><c>civbot receipts verify --checkpoint TEXT|FILE</c>: the chain checked against an earlier signed checkpoint.</summary>
internal static class CheckpointVerify
{
    /// <returns>0 when the chain matches the checkpoint and is intact; 1 when it does not or the checkpoint is bad; 2 on usage errors.</returns>
    public static async Task<int> RunAsync(
        IServiceProvider services,
        string databasePath,
        string checkpointArgument,
        string? verifierKey,
        CancellationToken ct
    )
    {
        var text = File.Exists(checkpointArgument)
            ? await File.ReadAllTextAsync(checkpointArgument, ct)
            : checkpointArgument;
        NoteKey? key;
        if (verifierKey is not null)
        {
            key = NoteKey.ParseVerifierKey(verifierKey);
            if (key is null)
            {
                await Console.Error.WriteLineAsync(
                    "--key is not an Ed25519 verifier key (name+hex id+base64 key)."
                );
                return 2;
            }
        }
        else
        {
            using var signer = DeploymentKey.TryLoad(databasePath);
            if (signer is null)
            {
                await Console.Error.WriteLineAsync(
                    $"No deployment key at {DeploymentKey.PathFor(databasePath)}: pass the deployment's verifier key with --key."
                );
                return 2;
            }
            key = signer.PublicKey;
        }

        if (CheckpointCheck.Read(text, key, out var problem) is not { } checkpoint)
        {
            await Console.Out.WriteLineAsync($"BAD CHECKPOINT: {problem!(Words.English)}");
            return 1;
        }
        if (checkpoint.GroupOn(key.Name) is not { } group)
        {
            await Console.Out.WriteLineAsync(
                $"BAD CHECKPOINT: its origin {checkpoint.Origin} is not a group of {key.Name}."
            );
            return 1;
        }
        var result = await services
            .GetRequiredService<ReceiptStore>()
            .VerifyAgainstAsync(
                new GroupId(group),
                new ChainHead(checkpoint.TreeSize, checkpoint.HeadHash),
                ct
            );
        if (result.Break is { } broken)
        {
            await Console.Out.WriteLineAsync(
                $"BROKEN: group {group}, receipt #{broken.Seq}: {broken.Reason(Words.English)}."
            );
            return 1;
        }
        await Console.Out.WriteLineAsync(
            $"OK: group {group} matches the checkpoint signed by key {key.Fingerprint} at {checkpoint.TreeSize} receipts (head {checkpoint.HeadHash[..12]}…); all {result.Count} receipts are intact."
        );
        return 0;
    }
}
