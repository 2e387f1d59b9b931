namespace CivBot.Benchmarks;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Memory with many active groups: the composed host (Telegram webhook + SMS, as <c>civbot run</c> composes it), then
/// 10,000 groups set up through its pipeline as chats set them up — four members say something, one opens a loop — and
/// the process's resident memory after a full GC. The groups' chats are on a channel with no sender, so their replies
/// wait in the outbox (on disk) rather than going anywhere.
/// </summary>
internal static class ManyGroups
{
    public sealed record Result(
        int Groups,
        long OpenLoops,
        double Before,
        double After,
        double HeapBefore,
        double HeapAfter
    );

    public static async Task<Result> RunAsync(string dir, int groups)
    {
        var database = Path.Combine(dir, "many-groups.db");
        await using var host = await WebhookHost.StartAsync(database);
        var sink = host.Services.GetRequiredService<IInboundSink>();
        // A running service builds EF Core's model within seconds (the first metrics scrape reads the outbox gauges, the
        // first reply is sent, a page is read); the start-up path no longer does, so it is built here before measuring.
        await host
            .Services.GetRequiredService<CivBot.Storage.Receipts.ReceiptStore>()
            .ListGroupsAsync(CancellationToken.None);
        var before = HostileBurst.SettledRss();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        var ids = 0L;
        InboundEvent Says(int group, string name, string text) =>
            new(
                new ChatAddress("bench", "g" + group),
                new Sender(new MemberId($"bench:g{group}-{name}"), name),
                "e" + Interlocked.Increment(ref ids),
                new TextBody(text)
            );
        string[] members = ["dan", "eve", "fay", "ann"];
        await Window.RunAsync(
            groups * members.Length,
            512,
            i =>
                sink.SubmitAsync(
                    Says(i / members.Length, members[i % members.Length], "/help"),
                    CancellationToken.None
                )
        );
        await Window.RunAsync(
            groups,
            512,
            g =>
                sink.SubmitAsync(
                    Says(g, "ann", "/ask Need a ride to the clinic before 5pm"),
                    CancellationToken.None
                )
        );
        var after = HostileBurst.SettledRss();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        return new Result(
            groups,
            await OpenLoopsAsync(database),
            before,
            after,
            heapBefore,
            heapAfter
        );
    }

    private static async Task<long> OpenLoopsAsync(string database)
    {
        await using var c = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText =
            "SELECT COUNT(*) FROM groups WHERE json_array_length(COALESCE(json_extract(state_json, '$.loops'), json_extract(state_json, '$.Loops'))) > 0";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
