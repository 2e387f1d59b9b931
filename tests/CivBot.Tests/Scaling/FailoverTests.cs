namespace CivBot.Tests.Scaling;

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivBot.Sms.Webhooks;
using CivBot.Storage.Leases;
using CivBot.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

/// <summary>
/// Three <c>civbot run</c> processes on one real PostgreSQL, as a deployment behind a reverse proxy, in two phases on
/// one database. Webhooks: the bot's Telegram is in webhook mode, and signed SMS and Telegram webhooks (with their
/// secret header) go round-robin to the instances (on to the next one when an instance is down or fails, with the same
/// MessageSid or update id, as a proxy and the platforms' retries do) while every few seconds one instance is killed
/// with SIGKILL and started again. Polling: the same three instances restarted with Telegram in long-polling mode (one
/// bot cannot be in both at once), Telegram updates taken by whichever instance holds the polling lease, SMS still
/// round-robin, and the lease holder killed. Afterwards every acknowledged event's effects exist
/// exactly once, every queued message reached the platform (duplicates only for sends cut between the platform's
/// answer and the commit, counted and reported), the chain verifies, and the polling lease moved within 15 s of its
/// holder's death.
/// </summary>
public sealed partial class FailoverTests(ITestOutputHelper output)
{
    private const string AuthToken = "failover-auth-token";
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string PublicUrl = "https://civbot.example.org";
    private const string WebhookSecret = "failover-webhook-secret";
    private const long Chat = -100777;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(150);
    private static readonly (long Id, string Name)[] Members =
    [
        (201, "Ann"),
        (202, "Bob"),
        (203, "Cat"),
    ];

    [Fact]
    public async Task Three_instances_survive_sigkills_with_every_acknowledged_event_applied_once_and_every_message_sent()
    {
        var server = await PostgresServer.SharedAsync();
        var database = await server.CreateDatabaseAsync();
        await using var platform = await LoopbackPlatform.StartAsync();
        using var tmp = new TempDb();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        RunningInstance Instance(int i, bool polling) =>
            new(
                $"instance {i}",
                tmp.Dir,
                Environment(database, tmp.Path, platform.Url, i, polling)
            );
        var instances = Enumerable.Range(1, 3).Select(i => Instance(i, polling: false)).ToList();
        try
        {
            // The first creates the schema and the deployment key the others then read.
            await instances[0].StartAsync(http);
            await Task.WhenAll(instances.Skip(1).Select(i => i.StartAsync(http)));
            var webhooks = new WebhookPoster(http, instances);

            // A Telegram group with three members opens a loop and gives out its SMS join code, by webhook.
            foreach (var (user, name) in Members)
                await webhooks.TelegramAsync(platform.TelegramUpdate(Chat, user, name, "/help"));
            await webhooks.TelegramAsync(
                platform.TelegramUpdate(Chat, 201, "Ann", "/ask Notes for the failover drill")
            );
            await webhooks.TelegramAsync(platform.TelegramUpdate(Chat, 201, "Ann", "/smscode"));
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
            foreach (var texter in texters)
                await webhooks.SmsAsync(texter, "JOIN " + code);

            // Phase 1, webhooks: notes by Telegram and SMS webhooks while instances die and come back.
            var notes = new List<string>();
            var webhookKills = await DrillAsync(
                instances,
                database,
                http,
                polling: false,
                async round =>
                {
                    foreach (var (user, name) in Members)
                    {
                        var note = $"tg-hook-{user}-{round}";
                        notes.Add(note);
                        await webhooks.TelegramAsync(
                            platform.TelegramUpdate(Chat, user, name, $"/add #1 {note}")
                        );
                    }
                    await TextNotesAsync(webhooks, texters, "sms-hook", round, notes);
                }
            );

            // Phase 2, polling: the same deployment restarted with Telegram polling; the lease holder dies too.
            for (var i = 0; i < instances.Count; i++)
            {
                await instances[i].DisposeAsync();
                instances[i] = Instance(i + 1, polling: true);
            }
            await Task.WhenAll(instances.Select(i => i.StartAsync(http)));
            var pollingKills = await DrillAsync(
                instances,
                database,
                http,
                polling: true,
                async round =>
                {
                    foreach (var (user, name) in Members)
                    {
                        var note = $"tg-poll-{user}-{round}";
                        notes.Add(note);
                        platform.TelegramText(Chat, user, name, $"/add #1 {note}");
                    }
                    await TextNotesAsync(webhooks, texters, "sms-poll", round, notes);
                }
            );
            foreach (var instance in instances.Where(i => !i.Running))
                await instance.StartAsync(http);

            // Everything settles: every polled update confirmed, every queued message sent.
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

            // Exactly once: every note is one receipt, every acknowledged webhook one inbox row.
            var receipts = await NoteReceiptsAsync(database);
            Assert.Equal(notes.Order(), receipts.Keys.Order());
            Assert.All(receipts, r => Assert.Equal(1, r.Value));
            Assert.Equal(webhooks.Acknowledged.Count, webhooks.Acknowledged.Distinct().Count());
            var inbox = await InboxAsync(database);
            Assert.All(webhooks.Acknowledged, a => Assert.Contains(a, inbox));

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
            var holderKills = pollingKills.Where(k => k.HeldPolling).ToList();
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
                $"{notes.Count} notes; {webhookKills.Count} kills while webhooks, {pollingKills.Count} while polling "
                    + $"({holderKills.Count} of the poller); {webhooks.Acknowledged.Count} webhooks acknowledged "
                    + $"({webhooks.Acknowledged.Count(a => a.Channel == "telegram")} Telegram), {webhooks.Retries} "
                    + $"retried on another instance; {sent.Values.Sum()} messages queued, {duplicates} duplicate sends "
                    + "(cut between the platform's answer and the commit)"
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

    private static Dictionary<string, string> Environment(
        string database,
        string keyBeside,
        string platform,
        int instance,
        bool polling
    )
    {
        var environment = new Dictionary<string, string>
        {
            ["CivBot__Postgres"] = new NpgsqlConnectionStringBuilder(database)
            {
                ApplicationName = $"civbot-{instance}",
            }.ConnectionString,
            // The deployment key lives beside this path: one key for all three.
            ["CivBot__Database"] = keyBeside,
            ["CivBot__Telegram__Token"] = "42:failover",
            ["CivBot__Telegram__ApiBaseUrl"] = platform,
            // The loopback platform has no send limits; Telegram's 20 a minute per group would make the
            // group's ~100 messages a five-minute drain.
            ["CivBot__Telegram__Limits__PerGroupPerMinute"] = "6000",
            ["CivBot__Telegram__Limits__PerChatIntervalSeconds"] = "0.01",
            ["CivBot__Sms__AccountSid"] = AccountSid,
            ["CivBot__Sms__AuthToken"] = AuthToken,
            ["CivBot__Sms__FromNumber"] = "+15005550006",
            ["CivBot__Sms__PublicBaseUrl"] = PublicUrl,
            ["CivBot__Sms__ApiBaseUrl"] = platform,
        };
        if (polling)
        {
            environment["CivBot__Telegram__Mode"] = "polling";
            environment["CivBot__Telegram__PollTimeoutSeconds"] = "1";
        }
        else
        {
            environment["CivBot__Telegram__Mode"] = "webhook";
            environment["CivBot__Telegram__WebhookUrl"] = PublicUrl + "/telegram/webhook";
            environment["CivBot__Telegram__WebhookSecret"] = WebhookSecret;
        }
        return environment;
    }

    private static async Task TextNotesAsync(
        WebhookPoster webhooks,
        List<string> texters,
        string tag,
        int round,
        List<string> notes
    )
    {
        for (var t = 0; t < texters.Count; t++)
        {
            var note = $"{tag}-{t + 1}-{round}";
            notes.Add(note);
            await webhooks.SmsAsync(texters[t], $"add #1 {note}");
        }
    }

    /// <summary>
    /// Rounds of traffic every half second while instances die and come back, until three have died while webhooks, or
    /// two lease holders while polling (at least six rounds, at most sixty, so every run sees kills mid-traffic and
    /// stays bounded).
    /// </summary>
    private static async Task<List<Kill>> DrillAsync(
        List<RunningInstance> instances,
        string database,
        HttpClient http,
        bool polling,
        Func<int, Task> round
    )
    {
        var kills = new List<Kill>();
        using var drill = new CancellationTokenSource();
        var killer = KillAndRestartAsync(instances, database, http, polling, kills, drill.Token);
        for (
            var n = 1;
            n <= 60 && (n <= 6 || kills.Count(k => !polling || k.HeldPolling) < (polling ? 2 : 3));
            n++
        )
        {
            await round(n);
            await Task.Delay(500);
        }
        await drill.CancelAsync();
        await killer;
        return kills;
    }

    private sealed record Kill(string Instance, DateTimeOffset At, bool HeldPolling);

    /// <summary>Every 2.5 s one instance dies and starts again: in turn while webhooks, the lease holder while polling.</summary>
    private static async Task KillAndRestartAsync(
        List<RunningInstance> instances,
        string database,
        HttpClient http,
        bool polling,
        List<Kill> kills,
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
            var holder = polling ? await PollingHolderAsync(database) : null;
            var victim = holder is not null
                ? instances.Single(i => i.Name == holder)
                : instances[n++ % instances.Count];
            var at = DateTimeOffset.UtcNow;
            await victim.KillAsync();
            kills.Add(new Kill(victim.Name, at, victim.Name == holder));
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

    private static async Task<HashSet<(string, string)>> InboxAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT channel, platform_id FROM inbox WHERE status = 'processed'",
            connection
        );
        var result = new HashSet<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result.Add((reader.GetString(0), reader.GetString(1)));
        return result;
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
    /// Posts webhooks round-robin as a reverse proxy spreads them: Twilio-signed SMS, and Telegram updates with the
    /// secret header. An instance that is down or fails (no 200) is skipped for the next, with the same MessageSid or
    /// update id, as the proxy and the platform's retry would.
    /// </summary>
    private sealed class WebhookPoster(HttpClient http, List<RunningInstance> instances)
    {
        private int _next;
        private int _sids;

        /// <summary>Every webhook an instance answered 200: (channel, platform id).</summary>
        public List<(string Channel, string PlatformId)> Acknowledged { get; } = [];

        public int Retries { get; private set; }

        public Task SmsAsync(string from, string body)
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
            return PostAsync(
                ("sms", sid),
                body,
                url =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, url + "/sms/twilio")
                    {
                        Content = new FormUrlEncodedContent(form),
                    };
                    request.Headers.Add("X-Twilio-Signature", signature);
                    return request;
                }
            );
        }

        public Task TelegramAsync(JsonObject update)
        {
            var json = update.ToJsonString();
            return PostAsync(
                ("telegram", update["update_id"]!.ToString()),
                update["message"]!["text"]!.ToString(),
                url =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, url + "/telegram/webhook")
                    {
                        Content = new StringContent(json, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
                    return request;
                }
            );
        }

        private async Task PostAsync(
            (string Channel, string PlatformId) id,
            string what,
            Func<string, HttpRequestMessage> request
        )
        {
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var instance = instances[_next++ % instances.Count];
                try
                {
                    using var message = request(instance.Url);
                    using var response = await http.SendAsync(message);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Acknowledged.Add(id);
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                Retries++;
                await Task.Delay(100);
            }
            throw new InvalidOperationException($"No instance acknowledged {id} ({what}).");
        }
    }
}
