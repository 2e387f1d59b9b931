namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class WhoIsWhoTests
{
    [Fact]
    public void Name_refuses_the_bots_name_and_a_look_alike_of_a_member_and_suggests_a_free_variant()
    {
        var h = Loops.WithMembers();
        Assert.Equal(
            [
                "bot: That name can't be used: it could be mistaken for me, the bot (CivBot). How about Neighbour? Type /name Neighbour to take it.",
            ],
            h.Send("eve", "/name CivBot")
        );
        Assert.Equal(
            [
                "bot: That name can't be used: it looks the same as ann, who is already in this group. How about ann 2? Type /name ann 2 to take it.",
            ],
            h.Send("eve", "/name \u0430nn")
        );
        Assert.Equal(
            [
                "bot: That name can't be used: it holds invisible or direction-changing characters that could make it look like someone else. How about Eve? Type /name Eve to take it.",
            ],
            h.Send("eve", "/name E\u200Bve")
        );
        Assert.Equal("eve", h.State.Member(new MemberId("playground:eve"))!.Handle);
        Assert.Equal(["bot: Thanks, others now see you as Evie."], h.Send("eve", "/name Evie"));
    }

    [Fact]
    public void A_channel_display_name_posing_as_the_bot_or_a_member_gets_a_free_variant()
    {
        var h = Loops.WithMembers();
        h.Handle(
            new InboundEvent(
                EngineHarness.GroupChat,
                new Sender(new MemberId("playground:x1"), "CivBot"),
                "x1",
                new TextBody("/help")
            )
        );
        h.Handle(
            new InboundEvent(
                EngineHarness.GroupChat,
                new Sender(new MemberId("playground:x2"), "ANN"),
                "x2",
                new TextBody("/help")
            )
        );
        Assert.Equal("Neighbour", h.State.Member(new MemberId("playground:x1"))!.Handle);
        Assert.Equal("ANN 2", h.State.Member(new MemberId("playground:x2"))!.Handle);
    }

    [Fact]
    public void Receipts_name_the_member_by_a_stable_pseudonym_so_a_rename_never_merges_two_people()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        h.Send("eve", "/add I can drive after 3");
        h.Send("eve", "/name Sam");
        h.Send("fay", "/add I can drive too");
        h.Send("fay", "/name eve");
        h.Send("fay", "/add Actually only after 6");
        var notes = h.OfKind(ReceiptKind.Context).ToList();
        Assert.Equal(["eve", "fay", "eve"], notes.Select(r => r.Actor));
        // The two receipts that both say "eve" are told apart by their actor ids.
        Assert.NotEqual(notes[0].ActorId, notes[2].ActorId);
        Assert.Equal(notes[1].ActorId, notes[2].ActorId);
        Assert.All(notes, r => Assert.Equal(ReceiptForms.Current, r.Form));
        Assert.All(notes, r => Assert.Equal(ActorType.Member, r.ActorType));
        Assert.DoesNotContain("playground", notes[0].ActorId);
        var page = h.Send("dan", "/receipts");
        Assert.Contains(
            page,
            l => l.Contains($"context · eve ({notes[0].ActorId![..8]}): I can drive after 3")
        );
        Assert.Contains(
            page,
            l => l.Contains($"context · eve ({notes[2].ActorId![..8]}): Actually only after 6")
        );
    }

    [Fact]
    public void The_bots_receipts_are_marked_by_actor_type_not_by_a_handle()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        var role = h.OfKind(ReceiptKind.Role).Single();
        Assert.Equal(ActorType.Bot, role.ActorType);
        Assert.Null(role.ActorId);
        // The flow a loop opens on is the bot applying the group's choice, marked the same way.
        Assert.Equal(ActorType.Bot, h.OfKind(ReceiptKind.Flow).Single().ActorType);
        Assert.All(
            h.Receipts.Where(r => r.Kind is not (ReceiptKind.Role or ReceiptKind.Flow)),
            r => Assert.Equal(ActorType.Member, r.ActorType)
        );
        Assert.Contains(
            h.Send("dan", "/receipts"),
            l => l.Contains("role · CivBot (bot): dan is steward")
        );
    }
}
