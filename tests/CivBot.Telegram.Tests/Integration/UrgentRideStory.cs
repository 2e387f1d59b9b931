namespace CivBot.Telegram.Tests.Integration;

using CivBot.Telegram.Tests.Support;
using CivBot.Testing.Telegram;

/// <summary>
/// Mission story 1 in a forum topic of one Telegram group with three people, through the emulator: ann asks, bob
/// (who started a private chat with the bot) stewards and drives, cy (who did not) audits.
/// </summary>
public static class UrgentRideStory
{
    private static readonly User Bob = new(201, "bob");
    private static readonly User Cy = new(202, "cy");
    private static readonly User Ann = new(203, "ann");
    private static readonly Chat Group = new(-1001777, "supergroup", "Parents");
    private const int Topic = 7;

    private const string Ask =
        "Need a ride for my son <5y> to the clinic on Main St & back before 5pm *today*";

    /// <remarks>
    /// Each step waits for the bot's answer before the next: in webhook mode the emulator hands two updates sent at
    /// the same moment the same update_id (it counts up only after its POST returns), which real Telegram never does.
    /// </remarks>
    public static async Task RunAsync(Emulator tg)
    {
        await tg.CommandAsync(Bob, Group, "/help@TestNameBot", Topic);
        await tg.WaitForAsync(
            m => m.Count(x => x.Text.StartsWith("I'm CivBot", StringComparison.Ordinal)) == 1,
            "help for bob"
        );
        await tg.CommandAsync(Cy, Group, "/help", Topic);
        await tg.WaitForAsync(
            m => m.Count(x => x.Text.StartsWith("I'm CivBot", StringComparison.Ordinal)) == 2,
            "help for cy"
        );
        await tg.CommandAsync(Bob, Bob.Private, "/start");
        await tg.WaitForAsync(
            m => m.Count(x => x.Text.StartsWith("I'm CivBot", StringComparison.Ordinal)) == 3,
            "help for cy and bob's private /start"
        );
        var help = (await tg.BotMessagesAsync()).First();
        Assert.Equal(Group.Id, help.ChatId);
        Assert.Equal(Topic, help.ThreadId);

        await tg.CommandAsync(Ann, Group, "/ask " + Ask, Topic);
        // Different chats are sent in parallel, so wait for both the group's message and the steward's.
        var asked = await tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.ChatId == Bob.Id
                    && x.Text.StartsWith("You are the steward of #1", StringComparison.Ordinal)
                )
                && m.Any(x =>
                    x.Text.StartsWith("📣 New ask #1 from ann", StringComparison.Ordinal)
                ),
            "the steward's private message and the group's"
        );
        var ask = asked.Single(x =>
            x.Text.StartsWith("📣 New ask #1 from ann", StringComparison.Ordinal)
        );
        Assert.Equal(Group.Id, ask.ChatId);
        Assert.Equal(Topic, ask.ThreadId);
        // Telegram reads parse_mode without regard to case; Telegram.Bot sends "Html".
        Assert.Equal("HTML", ask.ParseMode, ignoreCase: true);
        Assert.Contains(
            "&lt;5y&gt; to the clinic on Main St &amp; back before 5pm *today*",
            ask.Text,
            StringComparison.Ordinal
        );

        await tg.CommandAsync(Bob, Group, "/propose Bob drives him at 4pm", Topic);
        await tg.WaitForAsync(
            m =>
                m.Any(x => x.Text.StartsWith("Option 1 for #1 from bob", StringComparison.Ordinal)),
            "option 1"
        );
        await tg.CommandAsync(Cy, Group, "/propose Taxi paid from the fund", Topic);
        await tg.WaitForAsync(
            m => m.Any(x => x.Text.StartsWith("Option 2 for #1 from cy", StringComparison.Ordinal)),
            "option 2"
        );
        await tg.CommandAsync(Ann, Group, "/vote", Topic);
        var opened = await tg.WaitForAsync(
            m => m.Any(x => x.Buttons.Count == 2),
            "the vote with buttons"
        );
        var vote = opened.Single(x => x.Buttons.Count == 2);
        Assert.Equal(Topic, vote.ThreadId);
        Assert.StartsWith("🗳 Vote on #1 (single choice)", vote.Text, StringComparison.Ordinal);
        Assert.Equal(["v:1:1", "v:1:2"], vote.Buttons.Select(b => b.Data));
        Assert.StartsWith("1", vote.Buttons[0].Label, StringComparison.Ordinal);

        await tg.CallbackAsync(Ann, Group, vote.MessageId, "v:1:1");
        await WaitForVoteAsync(tg, vote.MessageId, "1 of 3 voted");
        await tg.CallbackAsync(Bob, Group, vote.MessageId, "v:1:1");
        await WaitForVoteAsync(tg, vote.MessageId, "2 of 3 voted");
        await tg.CallbackAsync(Cy, Group, vote.MessageId, "v:1:2");
        var decided = await tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.Text.StartsWith(
                        "Decision on #1: Bob drives him at 4pm",
                        StringComparison.Ordinal
                    )
                ),
            "the decision"
        );
        var tally = decided.Single(x => x.MessageId == vote.MessageId);
        Assert.Contains("1) Bob drives him at 4pm — 2", tally.Text, StringComparison.Ordinal);
        Assert.Contains("2) Taxi paid from the fund — 1", tally.Text, StringComparison.Ordinal);
        // The vote was edited in place, never posted twice.
        Assert.Single(
            decided,
            x =>
                x.Text.Contains("1) Bob drives him at 4pm —", StringComparison.Ordinal)
                && x.Buttons.Count > 0
        );
        // Button votes are confirmed by the pop-up only the voter sees (answerCallbackQuery); no one also gets a
        // direct message about it.
        Assert.DoesNotContain(
            decided,
            x => x.Text.Contains("Got your vote", StringComparison.Ordinal)
        );

        await tg.CommandAsync(Bob, Group, "/claim", Topic);
        await tg.WaitForAsync(
            m => m.Any(x => x.Text.StartsWith("🔨 bob is building #1", StringComparison.Ordinal)),
            "the claim"
        );
        await tg.CommandAsync(Bob, Group, "/spend 6.40 USD gas for the ride", Topic);
        await tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.Text.StartsWith("💸 bob spent 6.40 USD on #1", StringComparison.Ordinal)
                ),
            "the spend"
        );
        await tg.CommandAsync(Bob, Group, "/done Dropped him at the clinic at 4:40", Topic);
        var audit = await tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.Text.StartsWith("@cy You are the auditor of #1", StringComparison.Ordinal)
                ),
            "the auditor's nudge in the group (cy has no private chat)"
        );
        Assert.Contains(
            audit,
            x =>
                x.ChatId == Group.Id
                && x.Text.StartsWith("🔎 #1 moves to Audit. cy checks", StringComparison.Ordinal)
        );

        await tg.CommandAsync(
            Cy,
            Group,
            "/audit ok Ann confirmed the ride; gas receipt matches",
            Topic
        );
        var closed = await tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.Text.StartsWith(
                        "✅ Loop #1 is closed (audit confirmed by cy)",
                        StringComparison.Ordinal
                    )
                ),
            "the closing message"
        );
        // Everything about the loop stays in its topic, the fallback mention to a member without a private chat too.
        Assert.Contains(closed, x => x.ChatId == Group.Id && x.Text.StartsWith('@'));
        Assert.All(closed.Where(x => x.ChatId == Group.Id), x => Assert.Equal(Topic, x.ThreadId));
        Assert.All(closed, x => Assert.Equal("HTML", x.ParseMode, ignoreCase: true));
    }

    private static Task WaitForVoteAsync(Emulator tg, long messageId, string tally) =>
        tg.WaitForAsync(
            m =>
                m.Any(x =>
                    x.MessageId == messageId && x.Text.Contains(tally, StringComparison.Ordinal)
                ),
            tally
        );
}
