namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Effects;
using CivBot.Core.Inbound;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>Choosing the loop: a flow's own command, the group's default, the urgent suggestion and the switch.</summary>
public sealed class FlowChoiceTests
{
    [Fact]
    public void A_flow_command_opens_an_ask_on_that_flow_and_a_flow_receipt_names_it()
    {
        var h = Loops.WithMembers();
        var said = h.Send("ann", "/urgent Need a ride to the clinic");

        Assert.Contains(
            said,
            l => l.StartsWith("bot: 📣 New ask #1 from ann", StringComparison.Ordinal)
        );
        Assert.Contains(
            said,
            l =>
                l.Contains(
                    "Listen (hearing the need and ideas) ends in 10m",
                    StringComparison.Ordinal
                )
        );
        Assert.Equal("urgent-ride", h.State.Loops[0].Flow.Id);
        var flow = h.OfKind(ReceiptKind.Flow).Single();
        Assert.Equal("Runs on flow urgent-ride v2 (Urgent ride)", flow.Summary);
        Assert.Equal(1, flow.Loop);
        Assert.Equal("CivBot", flow.Actor);
        Assert.Equal(CivBot.Core.Receipts.ActorType.Bot, flow.ActorType);
        Assert.Matches("^sha256:[0-9a-f]{16}$", Assert.Single(flow.Evidence));
    }

    [Fact]
    public void The_checks_command_opens_a_listing_check_loop()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/checks Clinic listings on the north side");
        Assert.Equal("listing-check", h.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void Ask_runs_on_the_deployment_default_until_the_group_chooses_its_own()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Chairs for the hall");
        Assert.Equal("cociv-loop", h.State.Loops[0].Flow.Id);
        h.Send("ann", "/urgent Need a ride now");
        Assert.Equal("urgent-ride", h.State.Loops[1].Flow.Id);
    }

    [Fact]
    public void Any_member_sets_the_default_while_no_loop_is_open_and_it_is_a_receipt_the_group_sees()
    {
        var h = Loops.WithMembers();
        var said = h.Send("eve", "/flow urgent-ride");

        Assert.Equal(
            [
                "bot: New loops here now run on Urgent ride: about 2 hours start to finish. Open loops keep theirs. Start one with /ask <need>.",
            ],
            said
        );
        var receipt = h.OfKind(ReceiptKind.Flow).Single();
        Assert.Null(receipt.Loop);
        Assert.Equal("Default flow for new loops: urgent-ride v2 (Urgent ride)", receipt.Summary);
        Assert.Equal("eve", receipt.Actor);
        h.Send("ann", "/ask Need a ride");
        Assert.Equal("urgent-ride", h.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void While_loops_are_open_only_a_steward_changes_the_default_and_open_loops_keep_their_flow()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Chairs for the hall");

        var refused = h.Send("eve", "/flow urgent-ride");
        Assert.Equal(
            [
                "bot: While loops are open, a steward (dan) or a chat admin changes the default flow. Ask them, or /flows to see the options.",
            ],
            refused
        );
        Assert.DoesNotContain(h.OfKind(ReceiptKind.Flow), r => r.Loop is null);

        h.Send("dan", "/flow urgent");
        Assert.Equal("urgent-ride", h.State.ChosenFlow);
        Assert.Equal("cociv-loop", h.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void A_chat_admin_changes_the_default_while_loops_are_open()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Chairs for the hall");
        h.Handle(
            new InboundEvent(
                EngineHarness.GroupChat,
                EngineHarness.Member("eve"),
                "admin-1",
                new TextBody("/flow listing-check"),
                SenderIsChatAdmin: true
            )
        );
        Assert.Equal("listing-check", h.State.ChosenFlow);
        Assert.Equal("cociv-loop", h.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void An_unknown_flow_id_gets_the_list_of_flows_and_changes_nothing()
    {
        var h = Loops.WithMembers();
        var said = h.Send("eve", "/flow speedy");
        Assert.Equal(
            [
                "bot: There's no flow \"speedy\". Flows here: cociv-loop, listing-check, urgent-ride. /flows says what each does.",
            ],
            said
        );
        Assert.Null(h.State.ChosenFlow);
        Assert.Empty(h.Receipts);
    }

    [Fact]
    public void A_mistyped_flow_command_is_suggested()
    {
        var h = Loops.WithMembers();
        Assert.Equal(
            ["bot: I don't know /urgnet. Did you mean /urgent? /help lists everything."],
            h.Send("ann", "/urgnet Need a ride")
        );
    }

    [Fact]
    public void Flows_lists_each_flow_with_its_timeline_and_the_command_that_starts_one()
    {
        var h = Loops.WithMembers();
        var said = string.Join("\n", h.Send("ann", "/flows"));

        Assert.StartsWith("bot: Flows this group can use:", said, StringComparison.Ordinal);
        Assert.Contains(
            "bot: • CoCiv loop (cociv-loop, the default here): about a week start to finish. Start one: /ask <need>",
            said,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "bot:   One small, urgent problem in one week: listen to the ask",
            said,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "bot: • Urgent ride (urgent-ride): about 2 hours start to finish. Start one: /urgent <need>",
            said,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "bot: • Listing checks (listing-check): about 3 days start to finish. Start one: /checks <need>",
            said,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "/flow <id> changes the default for new loops.",
            said,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_ask_that_sounds_urgent_gets_one_suggestion_with_a_switch_button()
    {
        var h = Loops.WithMembers();
        var result = h.Engine.Handle(
            h.State,
            new InboundEvent(
                EngineHarness.GroupChat,
                EngineHarness.Member("ann"),
                "ask-1",
                new TextBody("/ask Need a ride to the clinic asap")
            ),
            h.Now
        );

        var suggestion = result
            .Effects.OfType<SendMessage>()
            .Single(m => m.Reply.Text.StartsWith('⏱'));
        Assert.Equal(
            "⏱ Sounds urgent. ann, /urgent moves #1 to Urgent ride: about 2 hours start to finish. Only if you want; it works for 15m.",
            suggestion.Reply.Text
        );
        var button = Assert.Single(suggestion.Reply.Buttons);
        Assert.Equal("f:1:urgent-ride", button.Payload);
        Assert.Equal("cociv-loop", result.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void An_ask_that_does_not_sound_urgent_gets_no_suggestion()
    {
        var h = Loops.WithMembers();
        var said = h.Send("ann", "/ask Chairs for the hall next month");
        Assert.DoesNotContain(said, l => l.Contains("Sounds urgent", StringComparison.Ordinal));
    }

    [Fact]
    public void The_asker_switches_within_the_window_and_keeps_everything_added_so_far()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic, it closes in 50 minutes");
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot: ⏱ Sounds urgent.", StringComparison.Ordinal)
        );
        h.Send("eve", "/add I can drive after 3");
        h.Send("eve", "/propose Eve drives");
        h.Send("ann", "+1");
        h.Wait(TimeSpan.FromMinutes(5));

        var said = h.Send("ann", "/urgent");

        Assert.Equal(
            [
                "bot: ⏩ #1 now runs on Urgent ride: about 2 hours start to finish. Everything added so far stays.",
                "bot: Listen ends in 10m (09:15). Propose an option with /propose #1 <option>.",
            ],
            said
        );
        var loop = h.State.Loops[0];
        Assert.Equal("urgent-ride", loop.Flow.Id);
        Assert.Equal("listen", loop.Phase);
        Assert.Single(loop.Options);
        Assert.Single(loop.Supporters);
        Assert.Equal(EngineHarness.Member("dan").Id, loop.Steward);
        var moved = h.OfKind(ReceiptKind.Flow).Last();
        Assert.Equal("Moved to flow urgent-ride v2 (Urgent ride)", moved.Summary);
        Assert.Equal("ann", moved.Actor);
        // The week-long Listen deadline no longer applies: the urgent flow's 10 minutes do.
        var later = h.Wait(TimeSpan.FromMinutes(10));
        Assert.Contains(later, l => l.Contains("Deliberate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_switch_button_does_what_the_command_does()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride asap");
        h.Press("ann", "f:1:urgent-ride");
        Assert.Equal("urgent-ride", h.State.Loops[0].Flow.Id);
    }

    [Fact]
    public void Only_the_asker_switches_and_only_in_the_first_minutes()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride asap");
        Assert.Equal(
            [
                "bot: Only the asker (ann) can move #1 to Urgent ride. For a new loop on it: /urgent <need>",
            ],
            h.Send("eve", "/urgent #1")
        );
        h.Wait(TimeSpan.FromMinutes(16));
        Assert.Equal(
            [
                "bot: #1 is too far along to change flow (that works in its first 15m, before any vote). Start a new loop with /urgent <need>.",
            ],
            h.Send("ann", "/urgent")
        );
        Assert.Equal("cociv-loop", h.State.Loops[0].Flow.Id);
        Assert.Single(h.OfKind(ReceiptKind.Flow));
    }

    [Fact]
    public void A_bare_flow_command_with_no_ask_of_ones_own_asks_what_is_needed()
    {
        var h = Loops.WithMembers();
        Assert.Equal(
            [
                "bot: What do you need? Write it after the command, e.g. /urgent Need a ride to the clinic on Main St before 5pm",
            ],
            h.Send("ann", "/urgent")
        );
    }

    [Fact]
    public void Status_roles_and_the_kit_name_the_flow_and_its_version()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/urgent Need a ride");
        Assert.Contains(
            h.Send("ann", "/status"),
            l => l.Contains("flow urgent-ride v2", StringComparison.Ordinal)
        );
        Assert.StartsWith(
            "bot: #1 (urgent-ride v2): steward dan",
            h.Send("ann", "/roles")[0],
            StringComparison.Ordinal
        );

        var kit = string.Join("\n", h.Send("ann", "/kit #1 full"));
        var hash = h.OfKind(ReceiptKind.Flow).Single().Evidence[0];
        Assert.Contains(
            $"bot: ## The flow\nbot: This loop ran on urgent-ride v2 (Urgent ride), file {hash}…",
            kit,
            StringComparison.Ordinal
        );
        // The flow is the kit's last section: another group reads it last, as the way to run the same loop.
        Assert.EndsWith(
            "`civbot flows validate` checks it.",
            kit.TrimEnd().TrimEnd(':').TrimEnd().Replace("\nbot", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "bot: To run the same loop, copy `urgent-ride.yaml`",
            kit,
            StringComparison.Ordinal
        );
    }
}
