namespace CivBot.Storage.Database;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>Gives EF's connections the same pragmas as the writer connection (foreign keys, busy timeout...).</summary>
internal sealed class SqlitePragmaInterceptor(string pragmas) : DbConnectionInterceptor
{
    public override void ConnectionOpened(
        DbConnection connection,
        ConnectionEndEventData eventData
    ) => SqlitePragmas.Apply(connection, pragmas);

    public override Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    ) => SqlitePragmas.ApplyAsync(connection, pragmas, cancellationToken);
}
