namespace CivBot.Storage.Leases;

/// <summary>
/// How a waiting instance and a holder check on a lease. A holder that dies closes its connection and PostgreSQL frees
/// the lock at once; a waiter notices within <see cref="Retry"/> (a holder that stops gracefully wakes the waiters
/// itself). A holder that vanishes without closing its connection (a machine powered off) is found by PostgreSQL's TCP
/// keepalives on the lease connection within about 11 s; together well inside the 15 s a channel may be without its
/// singleton.
/// </summary>
/// <param name="Retry">How often a waiter tries to take the lease when nobody told it the lease was given back.</param>
/// <param name="Check">How often a holder checks its lease connection still answers; when it does not, the lease is lost.</param>
public sealed record LeaseTiming(TimeSpan Retry, TimeSpan Check)
{
    public static readonly LeaseTiming Default = new(
        TimeSpan.FromSeconds(3),
        TimeSpan.FromSeconds(3)
    );
}
