namespace CivBot.Testing;

/// <summary>The npm packages integration tests run as real peers (telegram-test-api, twilio), installed by <c>npm ci</c>.</summary>
public static class NpmPeers
{
    /// <summary>The package's folder; a clear failure, instead of a broken pipe from node, when it is not installed.</summary>
    public static string Require(string package)
    {
        var folder = Repo.PathTo("node_modules", package);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The npm test peer '{package}' is not installed. Run `npm ci` once in {Repo.Root} "
                    + "(needs Node.js 20 or later), as .ci/run does, then run the tests again."
            );
        }
        return folder;
    }
}
