namespace CivBot.Storage.Pipeline;

/// <summary>Where the pipeline's write transactions come from: one per provider (SQLite's one writer, PostgreSQL's pool).</summary>
internal abstract class WriterConnection : IDisposable
{
    /// <summary>Begins a write transaction; the caller commits it or disposes it (rolling back).</summary>
    public abstract Task<WriteSession> BeginAsync(CancellationToken cancellationToken);

    public abstract void Dispose();
}
