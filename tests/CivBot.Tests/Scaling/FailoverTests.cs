namespace CivBot.Tests.Scaling;

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CivBot.Sms.Webhooks;
using CivBot.Storage.Leases;
using CivBot.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

/// <summary>
/// Three <c>civbot run</c> processes on one real PostgreSQL, as a deployment behind a reverse proxy: signed SMS webhooks
/// go round-robin to the instances (on to the next one when an instance is down, as a proxy does), Telegram updates go
/// to whichever instance holds the polling lease, and every few seconds one instance is killed with SIGKILL and started
/// again. Afterwards every acknowledged event's effects exist exactly once, every queued message reached the platform,
/// the chain verifies, and the polling lease moved within 15 s of its holder's death.
/// </summary>
public sealed partial class FailoverTests(ITestOutputHelper output)
{
    private const string AuthToken = "failover-auth-token";
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string PublicUrl = "https://civbot.example.org";
    private const long Chat = -100777;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Three_instances_survive_sigkills_with_every_acknowledged_event_applied_once_and_every_message_sent()
    {
        var server = await PostgresServer.SharedAsync();
        var database = await server.CreateDatabaseAsync();
        await using var platform = await LoopbackPlatform.StartAsync();
        using var tmp = new TempDb();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var instances = Enumerable
            .Range(1, 3)
            .Select(i => new RunningInstance(
                $"instance {i}",
                tmp.Dir,
                new Dictionary<string, string>
                {
                    ["CivBot__Postgres"] = new NpgsqlConnectionStringBuilder(database)
                    {
                        ApplicationName = $"civbot-{i}",
                    }.ConnectionString,
                    // The deployment key lives beside this path: one key for all three.
                    ["CivBot__Database"] = tmp.Path,
                    ["CivBot__Telegram__Token"] = "42:failover",
                    ["CivBot__Telegram__ApiBaseUrl"] = platform.Url,
                    ["CivBot__Telegram__Mode"] = "polling",
                    ["CivBot__Telegram__PollTimeoutSeconds"] = "1",
                    // The loopback platform has no send limits; Telegram's 20 a minute per group would make the
                    // group's ~80 messages a four-minute drain.
                    ["CivBot__Telegram__Limits__PerGroupPerMinute"] = "6000",
                    ["CivBot__Telegram__Limits__PerChatIntervalSeconds"] = "0.01",
                    ["CivBot__Sms__AccountSid"] = AccountSid,
                    ["CivBot__Sms__AuthToken"] = AuthToken,
                    ["CivBot__Sms__FromNumber"] = "+15005550006",
                    ["CivBot__Sms__PublicBaseUrl"] = PublicUrl,
                    ["CivBot__Sms__ApiBaseUrl"] = platform.Url,
                }
            ))
            .ToList();
        try
        {
            // One after another: the first creates the schema and the deployment key the others then read.
            foreach (var instance in instances)
                await instance.StartAsync(http);

            // A Telegram group with three members opens a loop and gives out its SMS join code.
            foreach (var (user, name) in new[] { (201L, "Ann"), (202L, "Bob"), (203L, "Cat") })
                platform.TelegramText(Chat, user, name, "/help");
            platform.TelegramText(Chat, 201, "Ann", "/ask Notes for the failover drill");
            platform.TelegramText(Chat, 201, "Ann", "/smscode");
            var code = await WaitForAsync(
                () =>
                    platform
                        .TelegramSent.Select(m => JoinCode().Match(m.Text))
                        .FirstOrDefault(m => m.Success)
                        ?.Groups[1]
                        .Value,
                "the SMS join code"
            );

            var texters = Enumerable.Range(1, 5).Select(i => $"+1555000{i:D4}").ToList();
            var sms = new SmsPoster(http, instances);
            foreach (var texter in texters)
                await sms.TextAsync(texter, "JOIN " + code);

            // The drill: notes by SMS and Telegram while instances die and come back.
            var kills = new List<(string Instance, DateTimeOffset At, bool HeldPolling)>();
            using var drill = new CancellationTokenSource();
            var killer = KillAndRestartAsync(instances, database, http, kills, drill.Token);
            var notes = new List<string>();
            // Rounds go on until four instances have died (bounded), so every run sees kills mid-traffic.
            for (var round = 1; round <= 60 && (round <= 8 || kills.Count < 4); round++)
            {
                foreach (var (user, name) in new[] { (201L, "Ann"), (202L, "Bob"), (203L, "Cat") })
                {
                    var note = $"tg-{user}-{round}";
                    notes.Add(note);
                    platform.TelegramText(Chat, user, name, $"/add #1 {note}");
                }
                for (var t = 0; t < texters.Count; t++)
                {
                    var note = $"sms-{t + 1}-{round}";
                    notes.Add(note);
                    await sms.TextAsync(texters[t], $"add #1 {note}");
                }
                await Task.Delay(500);
            }
            await drill.CancelAsync();
            await killer;
            foreach (var instance in instances.Where(i => !i.Running))
                await instance.StartAsync(http);

            // Everything settles: every update confirmed by a poll, every queued message sent.
            await WaitForAsync(
                async () =>
                    platform.Unconfirmed == 0
                    && await CountAsync(
                        database,
                        "SELECT count(*) FROM outbox WHERE status <> 'sent'"
                    ) == 0
                        ? "settled"
                        : null,
                "every update confirmed and every outbox message sent",
                async () =>
                    $"{platform.Unconfirmed} updates unconfirmed; outbox not sent: "
                    + await CountAsync(
                        database,
                        "SELECT count(*) FROM outbox WHERE status <> 'sent'"
                    )
            );

            // Exactly once: every note is one receipt.
            var receipts = await NoteReceiptsAsync(database);
            Assert.Equal(notes.Order(), receipts.Keys.Order());
            Assert.All(receipts, r => Assert.Equal(1, r.Value));
            Assert.Equal(sms.Acknowledged.Count, sms.Acknowledged.Distinct().Count());

            // Every message reached the platform, in every chat; duplicates only from sends cut between the
            // platform's answer and the commit.
            var sent = await SentPerChatAsync(database);
            var delivered = platform
                .TelegramSent.Select(m => ("telegram", m.Chat))
                .Concat(platform.SmsSent.Select(m => ("sms", m.To)))
                .GroupBy(m => m)
                .ToDictionary(g => g.Key, g => g.Count());
            var duplicates = 0;
            foreach (var (chat, count) in sent)
            {
                var got = delivered.GetValueOrDefault(chat);
                Assert.True(got >= count, $"{chat}: {count} queued, {got} reached the platform");
                duplicates += got - count;
            }
            Assert.Empty(delivered.Keys.Except(sent.Keys));

            // The chain verifies, read by the CLI as an operator would.
            var verify = await CliProcess.RunAsync(
                tmp.Dir,
                null,
                "receipts",
                "verify",
                "--postgres",
                database
            );
            Assert.True(verify.Exit == 0, verify.Out + verify.Err);

            // The polling lease moved within 15 s of its holder's death.
            var holderKills = kills.Where(k => k.HeldPolling).ToList();
            Assert.NotEmpty(holderKills);
            foreach (var kill in holderKills)
            {
                var next = platform
                    .Polls.Where(p => p > kill.At)
                    .DefaultIfEmpty(DateTimeOffset.MaxValue)
                    .Min();
                Assert.True(
                    next - kill.At <= TimeSpan.FromSeconds(15),
                    $"polling resumed {next - kill.At} after {kill.Instance} died"
                );
            }
            output.WriteLine(
                $"{notes.Count} notes, {kills.Count} kills ({holderKills.Count} of the poller), "
                    + $"{sent.Values.Sum()} messages queued, {duplicates} duplicate sends, "
                    + $"{sms.Retries} SMS webhooks retried on another instance"
            );
        }
        catch
        {
            foreach (var (to, body) in platform.SmsSent.Take(12))
                output.WriteLine($"SMS to {to}: {body}");
            foreach (var instance in instances)
                output.WriteLine($"===== {instance.Name}\n{instance.Output}");
            throw;
        }
        finally
        {
            foreach (var instance in instances)
                await instance.DisposeAsync();
        }
    }

    /// <summary>Every 2.5 s one instance dies (the polling lease holder every other time) and starts again.</summary>
    private static async Task KillAndRestartAsync(
        List<RunningInstance> instances,
        string database,
        HttpClient http,
        List<(string, DateTimeOffset, bool)> kills,
        CancellationToken stop
    )
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(2500, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var holder = await PollingHolderAsync(database);
            var victim =
                n++ % 2 == 0 && holder is not null
                    ? instances.Single(i => i.Name == holder)
                    : instances[n % instances.Count];
            var at = DateTimeOffset.UtcNow;
            await victim.KillAsync();
            kills.Add((victim.Name, at, victim.Name == holder));
            await victim.StartAsync(http);
        }
    }

    /// <summary>Which instance holds the Telegram polling lease: the advisory lock's session, named by its application name.</summary>
    private static async Task<string?> PollingHolderAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted "
                + "AND ((l.classid::bigint << 32) | l.objid::bigint) = @k",
            connection
        );
        query.Parameters.AddWithValue("k", DatabaseLease.Key("telegram-polling"));
        return await query.ExecuteScalarAsync() is string name
            ? "instance " + name["civbot-".Length..]
            : null;
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, long>> NoteReceiptsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT summary, count(*) FROM receipts WHERE kind = 'context' GROUP BY summary",
            connection
        );
        var result = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result[reader.GetString(0)] = reader.GetInt64(1);
        return result;
    }

    private static async Task<Dictionary<(string, string), int>> SentPerChatAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT channel, chat_id, count(*) FROM outbox GROUP BY channel, chat_id",
            connection
        );
        var result = new Dictionary<(string, string), int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result[(reader.GetString(0), reader.GetString(1))] = (int)reader.GetInt64(2);
        return result;
    }

    private static Task<T> WaitForAsync<T>(Func<T?> probe, string what)
        where T : class => WaitForAsync<T>(() => Task.FromResult(probe()), what);

    private static async Task<T> WaitForAsync<T>(
        Func<Task<T?>> probe,
        string what,
        Func<Task<string>>? state = null
    )
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(100);
        }
        throw new TimeoutException(
            $"Not seen within {Bound}: {what}" + (state is null ? "" : $" ({await state()})")
        );
    }

    [GeneratedRegex(@"Text JOIN ([A-Za-z0-9-]+) to")]
    private static partial Regex JoinCode();

    /// <summary>
    /// Posts Twilio-signed webhooks round-robin; an instance that is down or fails (no 200) is skipped for the next, with
    /// the same MessageSid, as a reverse proxy and Twilio's retry would.
    /// </summary>
    private sealed class SmsPoster(HttpClient http, List<RunningInstance> instances)
    {
        private int _next;
        private int _sids;

        public List<string> Acknowledged { get; } = [];

        public int Retries { get; private set; }

        public async Task TextAsync(string from, string body)
        {
            var sid = $"SM{++_sids:D32}";
            var form = new Dictionary<string, string>
            {
                ["MessageSid"] = sid,
                ["AccountSid"] = AccountSid,
                ["From"] = from,
                ["To"] = "+15005550006",
                ["Body"] = body,
                ["NumMedia"] = "0",
            };
            var signature = TwilioSignature.Compute(AuthToken, PublicUrl + "/sms/twilio", form);
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var instance = instances[_next++ % instances.Count];
                try
                {
                    using var request = new HttpRequestMessage(
                        HttpMethod.Post,
                        instance.Url + "/sms/twilio"
                    )
                    {
                        Content = new FormUrlEncodedContent(form),
                    };
                    request.Headers.Add("X-Twilio-Signature", signature);
                    using var response = await http.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Acknowledged.Add(sid);
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                Retries++;
                await Task.Delay(100);
            }
            throw new InvalidOperationException($"No instance acknowledged {sid} ({body}).");
        }
    }
}
