namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;
using static CivBot.Core.Tests.Support.LinkedGroups;

public sealed class LinkTests
{
    /// <summary>Both admins act: a code in Telegram, used in Discord, confirmed in Telegram.</summary>
    private static LinkedGroups Linked()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        var code = w.CodeSent();
        w.Send(Discord, "dora", "/link " + code);
        w.Send(Telegram, "ann", "/link confirm");
        return w;
    }

    [Fact]
    public void The_code_goes_only_to_the_admin_who_asked_and_works_for_fifteen_minutes()
    {
        var w = new LinkedGroups();
        var said = w.Send(Telegram, "ann", "/link");
        Assert.Equal(2, said.Count);
        Assert.Matches(@"^\[→ ann\] 🔗 Link code for Telegram “Helpers”: [A-Z2-7]{10}\n", said[0]);
        Assert.Equal($"[telegram] {Words.English.LinkCodeSent}", said[1]);
        Assert.DoesNotContain(w.CodeSent(), said[1]);
        var link = w.State(Telegram).Linking!;
        Assert.Equal(w.Now + TimeSpan.FromMinutes(15), link.Code!.ExpiresAt);
    }

    [Fact]
    public void Using_the_code_in_another_chat_asks_the_first_chat_and_changes_nothing_yet()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        var asked = w.Send(Discord, "dora", "/link " + w.CodeSent().ToLowerInvariant());
        Assert.Equal(
            [
                "[telegram] 🔗 Discord #general asks to join this group. An admin here accepts with /link confirm within 15 minutes; otherwise nothing changes.",
                "[discord] 🔗 Asked to join Telegram “Helpers”. An admin there accepts with /link confirm within 15 minutes.",
            ],
            asked
        );
        Assert.NotEqual(w.GroupOf(Telegram), w.GroupOf(Discord));
        Assert.Null(w.State(Telegram).Linking!.Code);
    }

    [Fact]
    public void Confirming_links_the_chats_tells_both_and_writes_a_link_receipt_without_ids()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());
        var linked = w.Send(Telegram, "ann", "/link confirm");

        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
        var line =
            "🔗 Discord #general joined this group: Telegram “Helpers”, Discord #general now share one set of loops, votes and receipts. /links lists the chats.";
        Assert.Equal([$"[telegram] {line}", $"[discord] {line}"], linked);
        var receipt = Assert.Single(w.ReceiptsOf(Telegram), r => r.Kind == ReceiptKind.Link);
        Assert.Equal(
            "Linked Discord #general with Telegram “Helpers”: one group. Asked by dora, confirmed by ann.",
            receipt.Summary
        );
        Assert.DoesNotContain("-100", receipt.Summary);
        Assert.DoesNotContain("555", receipt.Summary);
        Assert.Equal("link", receipt.Kind.WireName());
    }

    [Fact]
    public void Links_lists_the_group_s_chats_from_either_chat()
    {
        var w = Linked();
        var fromDiscord = w.Send(Discord, "dora", "/links");
        Assert.Equal(
            [
                "[discord] This group's chats: Telegram “Helpers”, Discord #general. An admin of a chat can /unlink it.",
            ],
            fromDiscord
        );
        Assert.Equal(
            [
                "[telegram] This group has only this chat. An admin can /link to get a code for another chat.",
            ],
            new LinkedGroups().Send(Telegram, "ann", "/links")
        );
    }

    [Fact]
    public void After_linking_an_ask_in_one_chat_reaches_both_and_one_member_votes_once()
    {
        var w = Linked();
        var ask = w.Send(Discord, "dora", "/ask a ride to the clinic");
        Assert.Contains(ask, l => l.StartsWith("[telegram] ", StringComparison.Ordinal));
        Assert.Contains(ask, l => l.StartsWith("[discord] ", StringComparison.Ordinal));
        Assert.Single(w.State(Telegram).Loops);

        w.Send(Telegram, "ann", "/propose Ann drives");
        w.Send(Discord, "dora", "/propose taxi");
        w.Send(Telegram, "ann", "/next");
        w.Send(Telegram, "ann", "/vote");
        w.Send(Telegram, "bob", "/vote 1");
        var again = w.Send(Telegram, "bob", "/vote 2");
        var vote = w.State(Telegram).Loops[0].Vote!;
        Assert.Single(vote.Ballots);
        // The tally is posted to both chats with the same totals (each edits its own message in place).
        var tallies = again.Where(l => l.Contains("1 of", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tallies.Count);
        Assert.Equal(tallies[0][tallies[0].IndexOf(']')..], tallies[1][tallies[1].IndexOf(']')..]);
    }

    [Fact]
    public void Only_admins_link_confirm_or_unlink_and_nothing_changes_otherwise()
    {
        var w = new LinkedGroups();
        Assert.Equal(
            [$"[telegram] {Words.English.LinkAdminsOnly}"],
            w.Send(Telegram, "bob", "/link", admin: false)
        );
        Assert.Null(w.State(Telegram).Linking);
        w.Send(Telegram, "ann", "/link");
        var code = w.CodeSent();
        Assert.Equal(
            [$"[discord] {Words.English.LinkAdminsOnly}"],
            w.Send(Discord, "eve", "/link " + code, admin: false)
        );
        w.Send(Discord, "dora", "/link " + code);
        Assert.Equal(
            [$"[telegram] {Words.English.LinkAdminsOnly}"],
            w.Send(Telegram, "bob", "/link confirm", admin: false)
        );
        Assert.NotEqual(w.GroupOf(Telegram), w.GroupOf(Discord));
        w.Send(Telegram, "ann", "/link confirm");
        Assert.Equal(
            [$"[discord] {Words.English.LinkAdminsOnly}"],
            w.Send(Discord, "eve", "/unlink", admin: false)
        );
        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
    }

    [Fact]
    public void A_wrong_an_expired_or_a_used_code_gets_one_line_and_nothing_changes()
    {
        var w = new LinkedGroups();
        Assert.Equal(
            [$"[discord] {Words.English.LinkWrongCode}"],
            w.Send(Discord, "dora", "/link ABCDEFGHJK")
        );
        Assert.Equal(
            [$"[discord] {Words.English.LinkWrongCode}"],
            w.Send(Discord, "dora", "/link 12")
        );

        w.Send(Telegram, "ann", "/link");
        var code = w.CodeSent();
        w.Wait(TimeSpan.FromMinutes(16));
        Assert.Equal(
            [$"[discord] {Words.English.LinkWrongCode}"],
            w.Send(Discord, "dora", "/link " + code)
        );

        w.Send(Telegram, "ann", "/link");
        var fresh = w.CodeSent();
        w.Send(Discord, "dora", "/link " + fresh);
        Assert.Equal(
            [$"[telegram] {Words.English.LinkWrongCode}"],
            w.Send(Other, "olga", "/link " + fresh)
        );
        Assert.NotEqual(w.GroupOf(Telegram), w.GroupOf(Other));
    }

    [Fact]
    public void A_chat_cannot_link_to_itself_or_join_a_group_it_is_in()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        Assert.Equal(
            [$"[telegram] {Words.English.LinkOwnCode}"],
            w.Send(Telegram, "ann", "/link " + w.CodeSent())
        );

        var linked = Linked();
        linked.Send(Telegram, "ann", "/link");
        Assert.Equal(
            [$"[discord] {Words.English.LinkOwnCode}"],
            linked.Send(Discord, "dora", "/link " + linked.CodeSent())
        );
    }

    [Fact]
    public void A_chat_linked_with_others_must_unlink_before_joining_another_group()
    {
        var w = Linked();
        w.Send(Other, "olga", "/link");
        Assert.Equal(
            [
                "[discord] This chat is linked with Telegram “Helpers” already. An admin can /unlink it first.",
            ],
            w.Send(Discord, "dora", "/link " + w.CodeSent())
        );
    }

    [Fact]
    public void A_chat_with_open_loops_is_refused_until_none_are_open()
    {
        var w = new LinkedGroups();
        w.Send(Discord, "dora", "/ask a ride");
        w.Send(Telegram, "ann", "/link");
        var code = w.CodeSent();
        Assert.Equal(
            [
                "[discord] This chat has 1 open loop. Close or /withdraw it first, then link: a loop stays in the group it began in.",
            ],
            w.Send(Discord, "dora", "/link " + code)
        );
        w.Send(Discord, "dora", "/withdraw found one");
        w.Send(Discord, "dora", "/link " + code);
        w.Send(Telegram, "ann", "/link confirm");
        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
    }

    [Fact]
    public void A_chat_may_try_five_codes_an_hour_then_even_the_right_one_is_refused()
    {
        var w = new LinkedGroups();
        for (var i = 0; i < Turn.LinkTriesPerHour; i++)
            w.Send(Discord, "dora", "/link AAAAAAAAA" + i);
        w.Send(Telegram, "ann", "/link");
        var code = w.CodeSent();
        Assert.Equal(
            [$"[discord] {Words.English.LinkTooManyTries}"],
            w.Send(Discord, "dora", "/link " + code)
        );
        Assert.NotNull(w.State(Telegram).Linking!.Code);

        w.Wait(TimeSpan.FromMinutes(61));
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());
        Assert.NotNull(w.State(Telegram).Linking!.Request);
    }

    [Fact]
    public void A_request_left_unconfirmed_for_fifteen_minutes_lapses()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());
        w.Wait(TimeSpan.FromMinutes(16));
        Assert.Equal(
            [$"[telegram] {Words.English.LinkNothingToConfirm}"],
            w.Send(Telegram, "ann", "/link confirm")
        );
        Assert.NotEqual(w.GroupOf(Telegram), w.GroupOf(Discord));
    }

    [Fact]
    public void Unlink_takes_the_chat_back_to_its_own_group_with_an_unlink_receipt_and_the_history_stays()
    {
        var w = Linked();
        var shared = w.GroupOf(Telegram);
        var left = w.Send(Discord, "dora", "/unlink");
        var line =
            "🔗 Discord #general left this group. Its past receipts stay in the group's trail; new loops there start on their own.";
        Assert.Equal([$"[telegram] {line}", $"[discord] {line}"], left);
        Assert.Equal(new Model.GroupId(Discord.ToString()), w.GroupOf(Discord));
        Assert.Equal(
            [ReceiptKind.Link, ReceiptKind.Unlink],
            w.Receipts[shared].Select(r => r.Kind)
        );
        Assert.Equal([$"[telegram] {Words.English.NotLinked}"], w.Send(Telegram, "ann", "/unlink"));
    }

    [Fact]
    public void The_chat_the_group_began_in_unlinks_into_a_fresh_group()
    {
        var w = Linked();
        var shared = w.GroupOf(Telegram);
        w.Send(Telegram, "ann", "/unlink");
        Assert.Equal(shared, w.GroupOf(Discord));
        Assert.NotEqual(shared, w.GroupOf(Telegram));
        Assert.StartsWith("telegram:-100#", w.GroupOf(Telegram).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlink_waits_until_no_loop_is_open()
    {
        var w = Linked();
        w.Send(Telegram, "ann", "/ask a ride");
        Assert.StartsWith(
            "[discord] The group has 1 open loop",
            w.Send(Discord, "dora", "/unlink")[0]
        );
        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
    }

    [Fact]
    public void In_linked_chats_a_private_message_names_the_chat_the_member_last_spoke_in()
    {
        var w = Linked();
        w.Send(Telegram, "ann", "/ask a ride");
        w.Send(Telegram, "ann", "/propose bus");
        w.Send(Telegram, "ann", "/next");
        w.Send(Telegram, "ann", "/vote");
        w.Send(Discord, "dora", "/vote 1");
        var toDora = w
            .Effects.OfType<Effects.SendMessage>()
            .Select(s => s.To)
            .OfType<Effects.MemberAudience>()
            .Single();
        Assert.Equal(Discord, toDora.LastChat);
        Assert.Equal(
            Discord,
            w.State(Telegram).Linking!.LastChats[new Model.MemberId("discord:dora")]
        );
    }

    [Fact]
    public void The_accept_button_under_a_request_confirms_for_an_admin_only()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());
        var asks = w
            .Effects.OfType<Effects.SendMessage>()
            .Single(s =>
                s.Reply.Text.StartsWith("🔗 Discord #general asks", StringComparison.Ordinal)
            );
        var button = Assert.Single(asks.Reply.Buttons);
        Assert.Equal(Core.Commands.KnownCommands.LinkConfirmPayload, button.Payload);
        Assert.True(
            Core.Commands.KnownCommands.NeedsAdminCheck(new Core.Inbound.ButtonBody(button.Payload))
        );

        Assert.Equal(
            [$"[telegram] {Words.English.LinkAdminsOnly}"],
            w.Press(Telegram, "bob", button.Payload, admin: false)
        );
        w.Press(Telegram, "ann", button.Payload);
        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
    }

    [Fact]
    public void Two_admins_confirming_at_the_same_moment_link_once_and_the_second_is_told_it_was_already_confirmed()
    {
        var w = new LinkedGroups();
        w.Send(Telegram, "ann", "/link");
        w.Send(Discord, "dora", "/link " + w.CodeSent());

        // ann presses Accept and cy types /link confirm at the same instant; the group's turns still come one by one.
        w.Press(Telegram, "ann", Core.Commands.KnownCommands.LinkConfirmPayload);
        var state = w.State(Telegram);
        var late = w.Send(Telegram, "cy", "/link confirm");

        Assert.Equal(
            [
                "[telegram] That link was already confirmed by ann: Discord #general is in this group now. /links lists the chats.",
            ],
            late
        );
        Assert.Equal(w.GroupOf(Telegram), w.GroupOf(Discord));
        Assert.Single(w.ReceiptsOf(Telegram), r => r.Kind == ReceiptKind.Link);
        Assert.Equal(state.Linking!.Chats, w.State(Telegram).Linking!.Chats);
        Assert.DoesNotContain(w.Effects, e => e is Effects.LinkChat);

        // Once the request's 15 minutes are over there is simply nothing to confirm.
        w.Wait(TimeSpan.FromMinutes(16));
        Assert.Equal(
            [$"[telegram] {Words.English.LinkNothingToConfirm}"],
            w.Send(Telegram, "cy", "/link confirm")
        );
    }

    [Fact]
    public void A_linked_chat_that_moves_to_a_new_id_stays_linked_there_and_can_unlink_from_it()
    {
        var w = Linked();
        var upgraded = new Core.Model.ChatAddress("telegram", "-100777");
        w.Send(Telegram, "ann", "/ask a ride to the clinic");
        var receipts = w.ReceiptsOf(Telegram).Count;

        Assert.Empty(w.Move(Telegram, upgraded));

        var state = w.State(upgraded);
        Assert.Equal([upgraded, Discord], state.Linking!.Chats.Select(c => c.Chat));
        Assert.Equal(upgraded, state.Linking.LastChats[new Core.Model.MemberId("telegram:ann")]);
        Assert.Equal(upgraded, Assert.Single(state.Loops).ThreadChat);
        Assert.Equal(receipts, w.ReceiptsOf(upgraded).Count);
        Assert.Equal(
            [
                "[telegram] This group's chats: Telegram “Helpers”, Discord #general. An admin of a chat can /unlink it.",
            ],
            w.Send(upgraded, "ann", "/links")
        );
        w.Send(upgraded, "ann", "/withdraw #1 found a lift");
        Assert.Contains(
            "[discord] 🔗 Telegram “Helpers” left this group. Its past receipts stay in the group's trail; new loops there start on their own.",
            w.Send(upgraded, "ann", "/unlink")
        );
        Assert.NotEqual(w.GroupOf(upgraded), w.GroupOf(Discord));
    }
}
