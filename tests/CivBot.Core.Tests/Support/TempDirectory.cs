namespace CivBot.Core.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted again on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("civbot-test-").FullName;

    public void Write(string name, string text) =>
        File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
