namespace CivBot.Benchmarks;

using System.Globalization;
using CivBot.Core.Replies;
using CivBot.Storage.Database;
using CivBot.Storage.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// An outbound burst: messages queued in the real outbox of the composed host (all committed at once, in round-robin
/// over the chats as a broadcast would queue them), the dispatcher woken, and the clock run until the loopback platform
/// has accepted the last one. The drain time is compared with the least the platform's limits allow. First, unmeasured,
/// one message to each of as many other chats as the platform takes in a second, then a pause until the platform's
/// windows are empty again: a running service has its connections open and its code compiled.
/// </summary>
internal static class OutboundBurst
{
    public sealed record Result(
        int Queued,
        int Accepted,
        int Refused,
        int LeftPending,
        TimeSpan Drain,
        string RefusedBy = ""
    );

    /// <param name="accepted">How many messages the platform has accepted so far.</param>
    /// <param name="lastAccepted">When the platform accepted the last one, on <paramref name="now"/>'s clock.</param>
    public static async Task<Result> RunAsync(
        WebhookHost host,
        string channel,
        IReadOnlyList<string> chats,
        int perChat,
        IReadOnlyList<string> warmUpChats,
        TimeSpan settle,
        Func<TimeSpan> now,
        Func<int> accepted,
        Func<TimeSpan> lastAccepted,
        Func<int> refused
    )
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CivBotDbContext>>();
        await QueueAsync(host, channel, warmUpChats, 1);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
        var warm = now() + TimeSpan.FromSeconds(60);
        while (accepted() < warmUpChats.Count && now() < warm)
            await Task.Delay(10);
        await Task.Delay(settle);
        var before = accepted();
        var queued = chats.Count * perChat;
        await QueueAsync(host, channel, chats, perChat);
        var start = now();
        host.Services.GetRequiredService<OutboxSignal>().Notify();
        var limit = start + TimeSpan.FromSeconds(180);
        while (accepted() - before < queued && now() < limit)
            await Task.Delay(10);
        var drain = lastAccepted() - start;
        // The platform has them all; the outbox marks the last ones sent a moment later.
        var pending = queued;
        for (var i = 0; i < 500 && pending > 0; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending);
            if (pending > 0)
                await Task.Delay(10);
        }
        return new Result(queued, accepted() - before, refused(), pending, drain);
    }

    private static async Task QueueAsync(
        WebhookHost host,
        string channel,
        IReadOnlyList<string> chats,
        int perChat
    )
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CivBotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            for (var i = 0; i < perChat; i++)
            {
                foreach (var chat in chats)
                {
                    db.Outbox.Add(
                        new OutboxEntity
                        {
                            Channel = channel,
                            ChatId = chat,
                            ReplyJson = ReplyJson.Serialize(
                                Reply.Plain(
                                    string.Create(
                                        CultureInfo.InvariantCulture,
                                        $"Burst message {i + 1} of {perChat}: the loop's deadline moved to Friday."
                                    )
                                )
                            ),
                            NextAttemptAt = at,
                            CreatedAt = at,
                        }
                    );
                }
            }
            using (await host.Services.GetRequiredService<WriteGate>().EnterAsync(default))
                await db.SaveChangesAsync();
        }
    }

    /// <summary>Prints the figures with their targets; true when all pass.</summary>
    public static bool Report(string what, Result r, TimeSpan minimum)
    {
        var ratio = r.Drain / minimum;
        var fast = r.Accepted == r.Queued && ratio <= 1.05;
        var clean = r.Refused == 0;
        var drained = r.LeftPending == 0;
        Console.WriteLine(
            $"{what}: {r.Queued:N0} queued, {r.Accepted:N0} accepted by the platform, {r.LeftPending:N0} left pending in the outbox"
        );
        Console.WriteLine(
            $"  drain time {r.Drain.TotalSeconds:0.00} s vs the limits' minimum {minimum.TotalSeconds:0.00} s = {ratio:0.000}× (target ≤ 1.05×) → {(fast ? "PASS" : "FAIL")}"
        );
        Console.WriteLine(
            $"  429s from the platform: {r.Refused:N0}{(clean ? "" : $" ({r.RefusedBy})")} (target 0) → {(clean ? "PASS" : "FAIL")}"
        );
        Console.WriteLine(
            $"  outbox drained: every message marked sent (target: all) → {(drained ? "PASS" : "FAIL")}"
        );
        return fast && clean && drained;
    }
}
