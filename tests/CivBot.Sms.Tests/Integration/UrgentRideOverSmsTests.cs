namespace CivBot.Sms.Tests.Integration;

using CivBot.Sms.Tests.Support;

/// <summary>
/// Mission story 1 with the parent on SMS and the rest of the group in the playground chat: the same loop, each side
/// hearing its part, and the parent's number nowhere but the storage tables that need it to send.
/// </summary>
[Collection(SmsHttpCollection.Name)]
public sealed class UrgentRideOverSmsTests(SmsHttpFixture fixture)
{
    private const string Parent = "+15005550006";

    // Every way the number could leak: E.164, national digits, and the digits a person would type.
    private static readonly string[] NumberForms =
    [
        "+15005550006",
        "15005550006",
        "5005550006",
        "500-555-0006",
        "555-0006",
    ];

    [Fact]
    public async Task A_parent_texts_an_ask_and_follows_the_whole_loop_by_sms()
    {
        // The group runs the week-long default; the parent picks the urgent flow by texting "urgent …" (no slash).
        await using var h = await SmsHarness.StartAsync(fixture, flow: "cociv-loop");
        await h.SayAsync("dan", "/help");
        await h.SayAsync("eve", "/help");
        await h.SayAsync("fay", "/help");
        await h.SayAsync("fay", "/smscode");
        var code = h.NewPlayground()
            .Single(l => l.Contains("Text JOIN", StringComparison.Ordinal))
            .Split(' ')[3];

        await h.TextAsync(Parent, "join " + code);
        await h.TextAsync(Parent, "NAME Ann");
        Assert.Equal("Thanks, others now see you as Ann.", h.NewSms().Last().Body);

        // The ask: the parent even typed their number into it; the receipt must not keep it.
        await h.TextAsync(
            Parent,
            "urgent Need a ride for my son to the clinic on Main St before 5pm, call 500-555-0006"
        );
        var group = h.NewPlayground();
        Assert.Contains(
            group,
            l =>
                l.StartsWith(
                    "bot: 📣 New ask #1 from Ann: Need a ride for my son to the clinic on Main St before 5pm, call [number hidden]",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            group,
            l => l.StartsWith("bot → dan: You are the steward of #1", StringComparison.Ordinal)
        );
        var opened = Assert.Single(h.NewSms());
        Assert.Equal(Parent, opened.To);
        Assert.Equal(
            "Thanks, your ask is loop #1 and the group can see it now (under your name Ann). I'll keep you posted here.",
            opened.Body
        );

        await h.SayAsync("eve", "/propose Eve drives him at 4pm");
        await h.SayAsync("fay", "/propose Taxi paid from the fund");
        await h.SayAsync("dan", "/vote");
        Assert.Contains(
            h.NewPlayground(),
            l =>
                l.StartsWith(
                    "bot: 🗳 Vote on #1 (single choice), closes in 10m",
                    StringComparison.Ordinal
                )
        );
        var ballot = Assert.Single(h.NewSms());
        Assert.Equal(
            "Vote on your ask #1, closes in 10m (15:10):\n1) Eve drives him at 4pm\n2) Taxi paid from the fund\nReply 1 or 2",
            ballot.Body
        );

        await h.TextAsync(Parent, "1");
        Assert.StartsWith(
            "Got your vote on #1: 1) Eve drives him at 4pm.",
            Assert.Single(h.NewSms()).Body,
            StringComparison.Ordinal
        );
        await h.SayAsync("eve", "/vote 1");
        await h.SayAsync("fay", "/vote 2");
        await h.SayAsync("dan", "/vote 1");
        Assert.Contains("bot: Decision on #1: Eve drives him at 4pm", h.NewPlayground());
        Assert.Equal(
            "Decision on your ask #1: Eve drives him at 4pm",
            Assert.Single(h.NewSms()).Body
        );

        await h.WaitAsync(TimeSpan.FromMinutes(2));
        await h.SayAsync("eve", "/claim");
        await h.SayAsync("eve", "/spend 6.40 USD gas for the ride");
        await h.SayAsync("eve", "/done Dropped him at the clinic at 4:40, he made it");
        var audit = h.NewPlayground();
        Assert.Contains(
            audit,
            l => l.StartsWith("bot: 🔎 #1 moves to Audit. fay checks", StringComparison.Ordinal)
        );
        Assert.Contains(
            audit,
            l => l.StartsWith("bot → fay: You are the auditor of #1", StringComparison.Ordinal)
        );
        Assert.Equal(
            "Your ask #1 is done: Dropped him at the clinic at 4:40, he made it",
            h.NewSms().Single().Body
        );

        await h.SayAsync("fay", "/audit ok Ann confirmed the ride; gas receipt matches");
        Assert.Contains(
            h.NewPlayground(),
            l =>
                l.StartsWith(
                    "bot: ✅ Loop #1 is closed (audit confirmed by fay)",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(
            "Your ask #1 is closed (audit confirmed by fay). Reply \"receipts #1\" for the trail.",
            Assert.Single(h.NewSms()).Body
        );

        // The parent reads the trail by SMS, without a slash.
        await h.TextAsync(Parent, "receipts #1");
        var trail = Assert.Single(h.NewSms()).Body;
        Assert.Contains("Ann", trail, StringComparison.Ordinal);
        await h.SayAsync("dan", "/kit");
        var kit = h.NewPlayground();
        Assert.Contains(kit, l => l.StartsWith("bot: 🧰 Kit #1: ", StringComparison.Ordinal));

        Assert.Equal(
            [
                "ask",
                "flow",
                "role",
                "option",
                "option",
                "vote-opened",
                "decision",
                "claim",
                "spend",
                "done",
                "role",
                "audit-confirmed",
                "closed",
            ],
            h.Column("SELECT kind FROM receipts WHERE loop_no = 1 ORDER BY seq")
        );
        Assert.Equal("Ann", h.Column("SELECT actor FROM receipts WHERE kind = 'ask'").Single());
        Assert.Equal(
            "Runs on flow urgent-ride v2 (Urgent ride)",
            h.Column("SELECT summary FROM receipts WHERE kind = 'flow'").Single()
        );
        // Every SMS went to the parent only, and every one was a single GSM-7-friendly text.
        Assert.All(h.Stub.Sent, s => Assert.Equal(Parent, s.To));

        // Nowhere people look or that is kept: chats, receipts, exports, kits, group state, logs.
        var everywhere = new[]
        {
            string.Join('\n', h.AllPlayground()),
            string.Join(
                '\n',
                h.Column("SELECT actor || ' ' || summary || ' ' || evidence_json FROM receipts")
            ),
            await h.ExportAsync("jsonl"),
            await h.ExportAsync("md"),
            string.Join('\n', h.Column("SELECT state_json FROM groups")),
            string.Join('\n', h.Column("SELECT reply_json FROM outbox")),
            string.Join('\n', h.Column("SELECT member_id FROM member_groups")),
            string.Join('\n', h.Logs.Lines),
        };
        foreach (var text in everywhere)
        {
            foreach (var form in NumberForms)
                Assert.DoesNotContain(form, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SmsHarness.AuthToken, text, StringComparison.Ordinal);
        }
        // The number is kept only where CivBot needs it to send (and nowhere else in the database).
        Assert.Equal(
            [Parent],
            h.Column("SELECT dm_chat_id FROM member_contacts WHERE dm_channel = 'sms'")
        );
    }
}
