namespace CivBot.Sms.Tests.Integration;

using System.Net;
using System.Text.RegularExpressions;
using CivBot.Sms.Tests.Support;

/// <summary>The SMS channel over real HTTP on 127.0.0.1: Twilio's webhooks in (signed by the twilio package), the Messages stub out.</summary>
[Collection(SmsHttpCollection.Name)]
public sealed partial class SmsWebhookTests(SmsHttpFixture fixture)
{
    private const string Dana = "+15005550006";
    private const string Stranger = "+15005550009";

    [Fact]
    public async Task A_forged_or_unsigned_webhook_is_refused_and_changes_nothing()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM00000000000000000000000000000999",
            ["AccountSid"] = SmsHarness.Account,
            ["From"] = Dana,
            ["To"] = SmsHarness.BotNumber,
            ["Body"] = "ask Need a ride",
        };

        var forged = await h.PostSignedAsync(
            SmsChannel.InboundPath,
            form,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        );
        var unsigned = await h.PostSignedAsync(SmsChannel.InboundPath, form, sign: false);
        // Signed for the address CivBot listens on, not the public URL Twilio calls: also refused.
        var wrongUrl = await h.PostSignedAsync(
            SmsChannel.InboundPath,
            form,
            await fixture.Signer.SignAsync(
                SmsHarness.AuthToken,
                "http://127.0.0.1/sms/twilio",
                form
            )
        );
        var wrongToken = await h.PostSignedAsync(
            SmsChannel.InboundPath,
            form,
            await fixture.Signer.SignAsync(
                "not-the-token",
                SmsHarness.PublicBaseUrl + SmsChannel.InboundPath,
                form
            )
        );
        var forgedStatus = await h.PostSignedAsync(
            SmsChannel.StatusPath,
            new Dictionary<string, string>
            {
                ["MessageSid"] = "SM1",
                ["MessageStatus"] = "delivered",
            },
            "bm90IGEgc2lnbmF0dXJl"
        );

        Assert.All(
            [forged, unsigned, wrongUrl, wrongToken, forgedStatus],
            r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode)
        );
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM inbox"));
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM outbox"));
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM member_contacts"));
        Assert.Empty(h.Stub.Sent);
    }

    [Fact]
    public async Task A_stranger_gets_one_friendly_line_on_how_to_join_and_nothing_else_happens()
    {
        await using var h = await SmsHarness.StartAsync(fixture);

        var response = await h.TextAsync(Stranger, "Hello? Can someone help me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(
            "<Response></Response>",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var sms = Assert.Single(h.NewSms());
        Assert.Equal(Stranger, sms.To);
        Assert.Contains("text JOIN and its code", sms.Body, StringComparison.Ordinal);
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM groups"));
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM member_groups"));
        Assert.Empty(h.AllPlayground());
    }

    [Fact]
    public async Task Sends_use_basic_auth_the_from_number_and_the_public_status_callback()
    {
        await using var h = await SmsHarness.StartAsync(fixture);

        await h.TextAsync(Stranger, "hi");

        var sms = Assert.Single(h.NewSms());
        Assert.Equal(SmsHarness.Account, sms.Account);
        Assert.Equal(
            "Basic "
                + Convert.ToBase64String(
                    System.Text.Encoding.UTF8.GetBytes(
                        $"{SmsHarness.Account}:{SmsHarness.AuthToken}"
                    )
                ),
            sms.Authorization
        );
        Assert.Equal(SmsHarness.BotNumber, sms.Form["From"]);
        Assert.Equal(SmsHarness.PublicBaseUrl + "/sms/twilio/status", sms.Form["StatusCallback"]);
        Assert.Equal(["sent"], h.Column("SELECT status FROM outbox"));
        Assert.Equal(
            ["SM00000000000000000000000000000001"],
            h.Column("SELECT platform_message_id FROM outbox")
        );
    }

    [Fact]
    public async Task Joining_with_the_groups_code_makes_a_member_under_a_name_never_the_number()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        var code = await JoinCodeAsync(h);

        await h.TextAsync(Dana, $"JOIN {code.ToLowerInvariant()}");

        var welcome = Assert.Single(h.NewSms());
        Assert.Equal(Dana, welcome.To);
        Assert.StartsWith(
            "Welcome! I'm CivBot, a bot. You're in the group as texter-",
            welcome.Body,
            StringComparison.Ordinal
        );
        Assert.Contains(
            h.NewPlayground(),
            l =>
                l.StartsWith("bot: 👋 texter-", StringComparison.Ordinal)
                && l.EndsWith(" joined by SMS.", StringComparison.Ordinal)
        );
        Assert.Equal(
            ["playground:group"],
            h.Column("SELECT group_id FROM member_groups WHERE member_id LIKE 'sms:%'")
        );

        // Over SMS the way to take the suggested name is a word, not a slash command.
        await h.TextAsync(Dana, "NAME CivBot");
        Assert.Equal(
            "That name can't be used: it could be mistaken for me, the bot (CivBot). How about Neighbour? Send NAME Neighbour to take it.",
            Assert.Single(h.NewSms()).Body
        );
        await h.TextAsync(Dana, "NAME Dana");
        Assert.Equal("Thanks, others now see you as Dana.", Assert.Single(h.NewSms()).Body);

        // Later texts go to that group under the chosen name.
        await h.TextAsync(Dana, "ask Need a ride to the clinic before 5pm");
        Assert.Contains(
            h.NewPlayground(),
            l =>
                l.StartsWith(
                    "bot: 📣 New ask #1 from Dana: Need a ride to the clinic before 5pm",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            h.NewSms(),
            s => s.Body.StartsWith("Thanks, your ask is loop #1", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_wrong_code_from_a_stranger_joins_nothing()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        await JoinCodeAsync(h);

        await h.TextAsync(Stranger, "JOIN ZZZZZZ");

        Assert.Contains(
            "text JOIN and its code",
            Assert.Single(h.NewSms()).Body,
            StringComparison.Ordinal
        );
        Assert.Equal(
            0,
            h.Scalar("SELECT count(*) FROM member_groups WHERE member_id LIKE 'sms:%'")
        );
    }

    [Fact]
    public async Task A_texter_votes_with_a_bare_digit()
    {
        // In the urgent-ride flow the asker may open the vote.
        await using var h = await SmsHarness.StartAsync(fixture, flow: "urgent-ride");
        await JoinAsync(h, Dana, "Dana");
        await h.TextAsync(Dana, "ask Need a ride to the clinic before 5pm");
        await h.SayAsync("eve", "/propose Eve drives at 4pm");
        await h.SayAsync("fay", "/propose Taxi from the fund");
        h.NewSms();

        await h.TextAsync(Dana, "vote");
        var ballot = h.NewSms()
            .Single(s => s.Body.StartsWith("Vote on your ask #1", StringComparison.Ordinal));
        Assert.EndsWith("Reply 1 or 2", ballot.Body, StringComparison.Ordinal);

        await h.TextAsync(Dana, " 1 ");

        Assert.Contains(
            h.NewSms(),
            s =>
                s.Body.StartsWith(
                    "Got your vote on #1: 1) Eve drives at 4pm",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(1, h.Scalar("SELECT count(*) FROM groups"));
    }

    [Fact]
    public async Task A_replayed_message_sid_changes_nothing()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        await JoinAsync(h, Dana, "Dana");
        const string sid = "SM0000000000000000000000000000abcd";

        var first = await h.TextAsync(Dana, "ask Need a ride to the clinic", sid);
        var receipts = h.Scalar("SELECT count(*) FROM receipts");
        var outbox = h.Scalar("SELECT count(*) FROM outbox");
        h.NewSms();
        var replay = await h.TextAsync(Dana, "ask Need a ride to the clinic", sid);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.EndsWith(
            "<Response></Response>",
            await replay.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(receipts, h.Scalar("SELECT count(*) FROM receipts"));
        Assert.Equal(outbox, h.Scalar("SELECT count(*) FROM outbox"));
        Assert.Empty(h.NewSms());
        Assert.Equal(1, h.Scalar("SELECT count(*) FROM receipts WHERE kind = 'ask'"));
    }

    [Fact]
    public async Task Stop_stops_everything_at_once_even_queued_messages_and_start_brings_it_back()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        await JoinAsync(h, Dana, "Dana");
        // Twilio is busy: the answer to "status" stays queued for a retry.
        h.Stub.FailNext(429, 20429);
        await h.TextAsync(Dana, "status");
        Assert.Single(h.NewSms());
        Assert.Equal(
            1,
            h.Scalar(
                "SELECT count(*) FROM outbox WHERE status = 'pending' AND chat_id = '" + Dana + "'"
            )
        );

        var stop = await h.TextAsync(Dana, "  stop ");

        Assert.EndsWith(
            "<Response></Response>",
            await stop.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            0,
            h.Scalar(
                "SELECT count(*) FROM outbox WHERE status = 'pending' AND chat_id = '" + Dana + "'"
            )
        );
        Assert.Equal(
            ["opted out"],
            h.Column("SELECT DISTINCT last_error FROM outbox WHERE status = 'failed'")
        );
        // Nothing more reaches the number, whatever the group does, and however long we wait for retries.
        await h.SayAsync("eve", "/ask Who can lend a ladder?");
        await h.TextAsync(Dana, "status");
        await h.WaitAsync(TimeSpan.FromMinutes(30));
        Assert.Empty(h.NewSms());

        await h.TextAsync(Dana, "START");
        Assert.Empty(h.NewSms());
        await h.TextAsync(Dana, "status");

        var status = Assert.Single(h.NewSms());
        Assert.Equal(Dana, status.To);
    }

    [Fact]
    public async Task Parar_stops_everything_and_is_confirmed_in_spanish_and_alta_brings_it_back()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        await JoinAsync(h, Dana, "Dana");
        h.NewSms();

        var stop = await h.TextAsync(Dana, "PARAR");

        var xml = await stop.Content.ReadAsStringAsync();
        Assert.Contains("<Message>CivBot: listo, te diste de baja", xml, StringComparison.Ordinal);
        await h.SayAsync("eve", "/ask Who can lend a ladder?");
        await h.TextAsync(Dana, "status");
        await h.WaitAsync(TimeSpan.FromMinutes(30));
        Assert.Empty(h.NewSms());

        var back = await h.TextAsync(Dana, "alta");
        Assert.Contains(
            "<Message>CivBot: listo, te volveremos a escribir.",
            await back.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        await h.TextAsync(Dana, "status");
        Assert.Equal(Dana, Assert.Single(h.NewSms()).To);
    }

    [Fact]
    public async Task Ayuda_answers_in_spanish_and_records_nothing()
    {
        await using var h = await SmsHarness.StartAsync(fixture);

        var xml = await (await h.TextAsync(Stranger, "Ayuda")).Content.ReadAsStringAsync();

        Assert.Contains("<Message>CivBot, un bot para los pedidos", xml, StringComparison.Ordinal);
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task Help_answers_in_the_webhook_with_a_short_text_and_records_nothing()
    {
        await using var h = await SmsHarness.StartAsync(fixture);

        var response = await h.TextAsync(Stranger, "help");

        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<Message>CivBot, a bot for your group", xml, StringComparison.Ordinal);
        Assert.Contains("JOIN &lt;code&gt; to join", xml, StringComparison.Ordinal);
        Assert.Empty(h.NewSms());
        Assert.Equal(0, h.Scalar("SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task Twilio_busy_is_retried_later_and_21610_marks_the_number_opted_out()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        h.Stub.FailNext(503, 0);
        await h.TextAsync(Stranger, "hi");
        Assert.Equal(["pending|1"], h.Column("SELECT status || '|' || attempts FROM outbox"));

        await h.WaitAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(["sent|2"], h.Column("SELECT status || '|' || attempts FROM outbox"));

        h.Stub.FailNext(400, 21610);
        await h.TextAsync(Stranger, "hello again");
        Assert.Equal(1, h.Scalar("SELECT count(*) FROM contact_optouts"));
        Assert.Contains(
            "opted out (Twilio 21610)",
            h.Column("SELECT last_error FROM outbox WHERE status = 'failed'")
        );
        Assert.DoesNotContain(
            h.Logs.Lines,
            l => l.Contains("+15005550009", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Status_callbacks_record_delivery_and_failures_are_logged_with_their_code()
    {
        await using var h = await SmsHarness.StartAsync(fixture);
        await h.TextAsync(Stranger, "hi");
        var sid = h.Column("SELECT platform_message_id FROM outbox").Single();

        var delivered = await h.StatusAsync(sid, "delivered");
        await h.StatusAsync(sid, "sent"); // late and out of order: does not overwrite
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(
            ["delivered|"],
            h.Column("SELECT delivery_status || '|' || ifnull(delivery_error, '') FROM outbox")
        );

        await h.TextAsync(Stranger, "again");
        var second = h.Column("SELECT platform_message_id FROM outbox ORDER BY id").Last();
        await h.StatusAsync(second, "undelivered", "30003");

        Assert.Equal(
            "undelivered|30003",
            h.Column("SELECT delivery_status || '|' || delivery_error FROM outbox ORDER BY id")
                .Last()
        );
        Assert.Contains(
            h.Logs.Lines,
            l =>
                l.StartsWith("Warning", StringComparison.Ordinal)
                && l.Contains("undelivered: Twilio error 30003", StringComparison.Ordinal)
                && l.Contains("***06", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task With_a_default_group_every_texter_is_a_member_without_a_code()
    {
        await using var h = await SmsHarness.StartAsync(fixture, defaultGroup: "playground:group");
        await h.SayAsync("ann", "/help");
        h.NewPlayground();

        await h.TextAsync(Stranger, "ask Who has jumper cables?");

        Assert.Contains(
            h.NewPlayground(),
            l => l.Contains("New ask #1 from texter-", StringComparison.Ordinal)
        );
        Assert.Equal(
            ["playground:group"],
            h.Column("SELECT group_id FROM member_groups WHERE member_id LIKE 'sms:%'")
        );
    }

    internal static async Task<string> JoinCodeAsync(SmsHarness h)
    {
        await h.SayAsync("ann", "/smscode");
        var line = h.NewPlayground().Single(l => l.Contains("Text JOIN", StringComparison.Ordinal));
        return CodeIn().Match(line).Groups[1].Value;
    }

    internal static async Task JoinAsync(SmsHarness h, string number, string name)
    {
        var code = await JoinCodeAsync(h);
        await h.TextAsync(number, "JOIN " + code);
        await h.TextAsync(number, "NAME " + name);
        h.NewSms();
        h.NewPlayground();
    }

    [GeneratedRegex("Text JOIN ([A-Z2-7]{6}) ")]
    private static partial Regex CodeIn();
}
