namespace CivBot.Testing.Sms;

using System.Diagnostics;
using System.Text.Json;

/// <summary>
/// Signs webhooks with the npm twilio package's own getExpectedTwilioSignature (sign.js, one node process for the whole
/// collection), so the C# validator is tested against Twilio's code. The process is killed on dispose.
/// </summary>
public sealed class TwilioSigner : IDisposable
{
    private readonly Process _node;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public TwilioSigner()
    {
        NpmPeers.Require("twilio");
        var start = new ProcessStartInfo(
            "node",
            Repo.PathTo("tests", "CivBot.Testing", "Sms", "sign.js")
        )
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
    }

    public async Task<string> SignAsync(
        string authToken,
        string url,
        IReadOnlyDictionary<string, string> form
    )
    {
        var line = JsonSerializer.Serialize(
            new
            {
                authToken,
                url,
                @params = form,
            }
        );
        await _lock.WaitAsync();
        try
        {
            await _node.StandardInput.WriteLineAsync(line);
            await _node.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var signature = await _node.StandardOutput.ReadLineAsync(timeout.Token);
            if (signature is null || signature.StartsWith("ERROR", StringComparison.Ordinal))
                throw new InvalidOperationException(
                    $"sign.js failed: {signature ?? await _node.StandardError.ReadToEndAsync()}"
                );
            return signature;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_node.HasExited)
                _node.Kill(entireProcessTree: true);
            _node.WaitForExit(5000);
        }
        finally
        {
            _node.Dispose();
            _lock.Dispose();
        }
    }
}
