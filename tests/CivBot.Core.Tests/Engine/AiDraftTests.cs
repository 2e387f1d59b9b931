namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Ai;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class AiDraftTests
{
    private const string Model = "test-model";

    private static EngineHarness Group(string? model = Model)
    {
        var h = new EngineHarness(aiModel: model);
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            h.Send(n, "/help");
        return h;
    }

    /// <summary>AI turned on by the group, and ann's ask open with one option.</summary>
    private static EngineHarness OptedIn()
    {
        var h = Group();
        h.Send("ann", "/ai on");
        h.Wait(TimeSpan.FromHours(25));
        h.Send("ann", "/ask Need a ride to the clinic before 5pm");
        h.Send("eve", "/propose Eve drives");
        return h;
    }

    private static readonly Draft GoodDraft = new(
        [
            new DraftLine("Ann needs a ride to the clinic before 5pm.", [4]),
            new DraftLine("Eve offered to drive.", [5]),
        ],
        [new DraftLine("Eve drives Ann at 4pm", [5]), new DraftLine("A taxi from the fund", [])]
    );

    private static List<string> Answer(
        EngineHarness h,
        int serial,
        DraftOutcome outcome,
        string platformId = "ai:1"
    ) =>
        h.Handle(
            new InboundEvent(
                new ChatAddress("ai", "test-group"),
                Sender.System,
                platformId,
                new DraftBody(serial, 1, outcome)
            )
        );

    private static DraftOutcome Good =>
        new(GoodDraft, DraftFailure.None, Model, new string('a', 64));

    [Fact]
    public void Without_a_model_the_commands_say_ai_is_not_set_up_here()
    {
        var h = Group(model: null);
        h.Send("ann", "/ask Need a ride");
        Assert.StartsWith("bot: AI drafts are not set up here", h.Send("ann", "/ai on")[0]);
        Assert.StartsWith("bot: AI drafts are not set up here", h.Send("ann", "/draft")[0]);
        Assert.Empty(h.DraftRequests);
        Assert.Null(h.State.Ai);
    }

    [Fact]
    public void A_group_that_has_not_opted_in_makes_no_draft_request()
    {
        var h = Group();
        h.Send("ann", "/ask Need a ride");
        Assert.Equal(
            [
                "bot: AI drafts are off for this group. Anyone can propose turning them on with /ai on; the group decides.",
            ],
            h.Send("eve", "/draft")
        );
        Assert.Empty(h.DraftRequests);
    }

    [Fact]
    public void Ai_on_is_a_consent_vote_that_passes_when_nobody_objects_and_both_are_receipts()
    {
        var h = Group();
        var opened = h.Send("ann", "/ai on");
        Assert.StartsWith("bot: 🗳 ann proposes to turn on AI drafts", opened[0]);
        Assert.Contains("/object ai <reason>", opened[0]);
        Assert.Equal(ReceiptKind.VoteOpened, h.Receipts[^1].Kind);
        Assert.Null(h.Receipts[^1].Loop);

        h.Wait(TimeSpan.FromHours(23));
        Assert.False(h.State.Ai!.On);
        var passed = h.Wait(TimeSpan.FromHours(2));
        Assert.True(h.State.Ai!.On);
        Assert.Equal(
            "Decided: turn AI drafts on (no objection within the consent window).",
            h.Receipts[^1].Summary
        );
        Assert.Equal(ActorType.Bot, h.Receipts[^1].ActorType);
        Assert.Contains(
            passed,
            l => l.StartsWith("bot: AI drafts are on.", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void One_objection_keeps_ai_drafts_off()
    {
        var h = Group();
        h.Send("ann", "/ai on");
        Assert.Equal(
            [
                "bot: AI drafts stay off: eve objected (I do not want our words sent out). Anyone can propose it again later with /ai on.",
            ],
            h.Send("eve", "/object ai I do not want our words sent out")
        );
        Assert.StartsWith("Decided: AI drafts stay off (eve objected", h.Receipts[^1].Summary);
        h.Wait(TimeSpan.FromDays(2));
        Assert.False(h.State.Ai!.On);
    }

    [Fact]
    public void A_bare_object_goes_to_the_one_group_vote_open_and_publish_and_ai_votes_are_kept_apart()
    {
        var h = Group();
        h.Send("ann", "/ai on");
        h.Send("ann", "/publish");
        Assert.StartsWith(
            "bot: The receipts stay private",
            h.Send("eve", "/object publish not yet")[0]
        );
        Assert.NotNull(h.State.Ai!.Vote);
        Assert.StartsWith("bot: AI drafts stay off", h.Send("eve", "/object no thanks")[0]);
    }

    [Fact]
    public void Objecting_to_a_group_vote_that_is_not_open_says_which_one_is()
    {
        var h = Group();
        h.Send("ann", "/publish");
        var receipts = h.Receipts.Count;
        Assert.Equal(
            [
                "bot: No vote on AI drafts is open. The open group vote is on publishing: /object publish <reason>.",
            ],
            h.Send("eve", "/object ai too risky")
        );
        Assert.Equal(receipts, h.Receipts.Count);
        Assert.NotNull(h.State.Publishing);
    }

    [Fact]
    public void Ai_off_by_a_steward_takes_effect_at_once_and_is_a_receipt()
    {
        var h = OptedIn();
        Assert.StartsWith("bot: Only a steward or a chat admin", h.Send("fay", "/ai off")[0]);
        Assert.True(h.State.Ai!.On);
        Assert.Equal(
            ["bot: dan turned AI drafts off. Anyone can propose them again with /ai on."],
            h.Send("dan", "/ai off")
        );
        Assert.False(h.State.Ai!.On);
        Assert.Equal("Decided: turn AI drafts off.", h.Receipts[^1].Summary);
        Assert.Equal(ReceiptKind.Decision, h.Receipts[^1].Kind);
    }

    [Fact]
    public void Draft_asks_once_with_the_engines_own_facts_and_writes_no_receipt()
    {
        var h = OptedIn();
        var receipts = h.Receipts.Count;
        Assert.Equal(
            [
                "bot: Asking the AI for a draft of #1. It is checked against the receipts before anyone sees it.",
            ],
            h.Send("fay", "/draft")
        );
        var request = Assert.Single(h.DraftRequests);
        Assert.Equal(1, request.Serial);
        Assert.Equal(1, request.Facts.Loop);
        Assert.Equal("Eve drives", request.Facts.Options[0].Text);
        Assert.False(request.Facts.VoteOpen);
        Assert.Equal(receipts, h.Receipts.Count);

        Assert.StartsWith("bot: A draft of #1 is on its way", h.Send("ann", "/draft #1")[0]);
        Assert.Single(h.DraftRequests);
    }

    [Fact]
    public void A_checked_draft_is_posted_as_a_draft_with_its_cites_and_is_no_receipt()
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        var receipts = h.Receipts.Count;
        var posted = Answer(h, 1, Good);
        Assert.Equal(
            [
                "bot: 📝 DRAFT — AI, not a receipt · #1",
                "bot: • Ann needs a ride to the clinic before 5pm. r#4",
                "bot: • Eve offered to drive. r#5",
                "bot: Options:",
                "bot: 1. Eve drives Ann at 4pm",
                "bot: 2. A taxi from the fund",
                "bot: To use one: /propose draft <number>. Nothing counts until someone does.",
            ],
            posted
        );
        Assert.Equal(receipts, h.Receipts.Count);
        Assert.Null(h.State.Ai!.Pending);
    }

    [Theory]
    [InlineData(DraftFailure.Unreliable, "bot: The AI draft for #1 was not reliable")]
    [InlineData(DraftFailure.TimedOut, "bot: The AI took too long on #1")]
    [InlineData(DraftFailure.Unavailable, "bot: The AI could not be reached for #1")]
    public void A_failed_draft_is_one_line_and_nothing_else(DraftFailure failure, string line)
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        var receipts = h.Receipts.Count;
        var said = Answer(h, 1, new DraftOutcome(null, failure, Model, new string('a', 64)));
        Assert.StartsWith(line, Assert.Single(said));
        Assert.Equal(receipts, h.Receipts.Count);
        Assert.Null(h.State.Ai!.Latest);
    }

    [Fact]
    public void Drafts_are_rate_limited_per_group()
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        Answer(h, 1, Good);
        Assert.StartsWith("bot: One draft every few minutes per group", h.Send("fay", "/draft")[0]);
        h.Wait(TimeSpan.FromMinutes(2));
        h.Send("fay", "/draft");
        Assert.Equal(2, h.DraftRequests.Count);
    }

    [Fact]
    public void An_answer_to_an_older_request_or_after_ai_off_is_ignored()
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        Assert.Empty(Answer(h, 7, Good));
        h.Send("dan", "/ai off");
        Assert.Empty(Answer(h, 1, Good));
    }

    [Fact]
    public void Propose_draft_n_records_a_normal_option_by_that_member_marked_ai_assisted()
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        Answer(h, 1, Good);
        var said = h.Send("fay", "/propose draft 1");
        Assert.StartsWith("bot: Option 2 for #1 from fay: Eve drives Ann at 4pm", said[0]);
        var receipt = h.Receipts[^1];
        Assert.Equal(ReceiptKind.Option, receipt.Kind);
        Assert.Equal("fay", receipt.Actor);
        Assert.Equal(ActorType.Member, receipt.ActorType);
        Assert.Equal(
            "Option 2: Eve drives Ann at 4pm (AI-assisted draft: test-model, prompt sha256 aaaaaaaaaaaaaaaa)",
            receipt.Summary
        );
        Assert.Equal("Eve drives Ann at 4pm", h.State.Loops[0].Options[^1].Text);
    }

    [Fact]
    public void The_propose_this_button_adopts_the_option_it_is_under()
    {
        var h = OptedIn();
        h.Send("fay", "/draft");
        Answer(h, 1, Good);
        h.Press("ann", "d:1:2");
        Assert.Equal("ann", h.Receipts[^1].Actor);
        Assert.StartsWith(
            "Option 2: A taxi from the fund (AI-assisted draft",
            h.Receipts[^1].Summary
        );
        Assert.StartsWith("bot: That is not the latest draft", h.Press("ann", "d:0:1")[0]);
    }

    [Fact]
    public void Proposing_a_draft_option_that_does_not_exist_explains_and_records_nothing()
    {
        var h = OptedIn();
        var receipts = h.Receipts.Count;
        Assert.StartsWith(
            "bot: There is no AI draft to adopt",
            h.Send("fay", "/propose draft 1")[0]
        );
        h.Send("fay", "/draft");
        Answer(h, 1, Good);
        Assert.StartsWith(
            "bot: The draft has options 1 to 2",
            h.Send("fay", "/propose draft 5")[0]
        );
        Assert.Equal(receipts, h.Receipts.Count);
        // An ordinary option that happens to start with the word is still an ordinary option.
        h.Send("fay", "/propose draft a letter to the council");
        Assert.Equal("Option 2: draft a letter to the council", h.Receipts[^1].Summary);
    }

    [Fact]
    public void Help_lists_the_ai_commands()
    {
        var h = Group();
        Assert.Contains(
            h.Send("ann", "/help"),
            l =>
                l.Contains("/ai on", StringComparison.Ordinal)
                && l.Contains("/draft", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void The_ai_state_survives_storage_and_groups_that_never_used_it_store_nothing_new()
    {
        var plain = Group();
        plain.Send("ann", "/publish");
        var json = CivBot.Core.Engine.StateJson.Serialize(plain.State);
        Assert.DoesNotContain("\"ai\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("subject", json, StringComparison.Ordinal);

        var h = OptedIn();
        h.Send("fay", "/draft");
        Answer(h, 1, Good);
        var stored = CivBot.Core.Engine.StateJson.Deserialize(
            CivBot.Core.Engine.StateJson.Serialize(h.State)
        );
        Assert.True(stored.Ai!.On);
        Assert.Equal(h.State.Ai!.LastRequestAt, stored.Ai.LastRequestAt);
        Assert.Equal(
            h.State.Ai.Latest! with
            {
                Options = [],
            },
            stored.Ai.Latest! with
            {
                Options = [],
            }
        );
        Assert.Equal(h.State.Ai.Latest.Options, stored.Ai.Latest.Options);
    }
}
