namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class PublishTests
{
    [Fact]
    public void Publish_opens_a_consent_vote_that_passes_when_the_window_closes_without_objection()
    {
        var h = Loops.WithMembers();
        var opened = h.Send("ann", "/publish main-street");
        Assert.StartsWith(
            "bot: 🗳 ann proposes to publish this group's receipts on a public web page at /g/main-street, without evidence links",
            opened[0]
        );
        Assert.Equal(ReceiptKind.VoteOpened, h.Receipts[^1].Kind);
        Assert.Null(h.Receipts[^1].Loop);

        h.Wait(TimeSpan.FromHours(23));
        Assert.False(h.State.Published);
        h.Wait(TimeSpan.FromHours(2));
        Assert.True(h.State.Published);
        Assert.Null(h.State.Publishing);
        Assert.Equal(ReceiptKind.Decision, h.Receipts[^1].Kind);
        Assert.StartsWith("Decided: publish the receipts", h.Receipts[^1].Summary);
    }

    [Fact]
    public void One_objection_within_the_window_keeps_the_receipts_private_and_is_a_receipt()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/publish");
        var answer = h.Send("eve", "/object publish my address is in a photo");
        Assert.Equal(
            [
                "bot: The receipts stay private: eve objected (my address is in a photo). Anyone can propose it again later with /publish.",
            ],
            answer
        );
        Assert.StartsWith(
            "Decided: the receipts stay private (eve objected",
            h.Receipts[^1].Summary
        );
        h.Wait(TimeSpan.FromDays(2));
        Assert.False(h.State.Published);
    }

    [Fact]
    public void Only_a_steward_takes_the_page_down_and_it_is_a_receipt()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/publish");
        h.Wait(TimeSpan.FromDays(1));
        h.Send("ann", "/ask Need a ride");
        var steward = h.State.Loops[0].Steward!.Value;
        var someoneElse = h
            .State.Members.First(m => m.Id != steward && m.Id.Value != "system")
            .Handle;
        Assert.StartsWith(
            "bot: Only a steward or a chat admin",
            h.Send(someoneElse, "/unpublish")[0]
        );
        Assert.True(h.State.Published);

        var handle = h.State.Member(steward)!.Handle;
        Assert.Equal(
            [
                $"bot: {handle} took the public receipts page down. It is gone now; /publish asks the group to put it back.",
            ],
            h.Send(handle, "/unpublish")
        );
        Assert.False(h.State.Published);
        Assert.Equal("Decided: take the public receipts page down.", h.Receipts[^1].Summary);
    }

    [Fact]
    public void A_chat_admin_takes_the_page_down_too()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/publish");
        h.Wait(TimeSpan.FromDays(1));
        h.Send("ann", "/ask Need a ride");
        var admin = h
            .State.Members.First(m => m.Id != h.State.Loops[0].Steward && m.Handle != "ann")
            .Handle;
        h.Handle(
            new CivBot.Core.Inbound.InboundEvent(
                EngineHarness.GroupChat,
                EngineHarness.Member(admin),
                "admin-unpublish",
                new CivBot.Core.Inbound.TextBody("/unpublish"),
                SenderIsChatAdmin: true
            )
        );
        Assert.False(h.State.Published);
        Assert.Equal(admin, h.Receipts[^1].Actor);
    }

    [Fact]
    public void A_name_that_is_not_an_address_gets_the_usage()
    {
        var h = Loops.WithMembers();
        Assert.StartsWith(
            "bot: Usage: /publish [name] [evidence]",
            h.Send("ann", "/publish My Page!")[0]
        );
        Assert.Null(h.State.Publishing);
    }
}
