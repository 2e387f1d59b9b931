namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class CleanTextTests
{
    [Fact]
    public void Bidi_controls_and_zero_width_characters_never_reach_a_receipt_or_the_chat()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var said = h.Send("eve", "/spend 6.40 USD gas \u202Eko si siht\u202C and\u200B tolls");
        var spend = h.OfKind(ReceiptKind.Spend).Single();
        Assert.Equal("gas ko si siht and tolls", spend.Summary);
        Assert.DoesNotContain(said, l => l.Contains('\u202E') || l.Contains('\u200B'));
    }

    [Fact]
    public void A_link_is_recorded_once_in_the_evidence_and_shown_once()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride");
        var said = h.Send("eve", "/add Bus times https://bus.example/line/4 are here");
        var note = h.OfKind(ReceiptKind.Context).Single();
        Assert.Equal("Bus times are here", note.Summary);
        Assert.Equal(["https://bus.example/line/4"], note.Evidence);
        Assert.Equal(
            ["bot: Added to #1 by eve: Bus times are here https://bus.example/line/4"],
            said
        );
        Assert.Single(
            h.Send("dan", "/receipts"),
            l => l.Contains("https://bus.example/line/4", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_phone_number_in_arabic_indic_digits_is_hidden_before_it_is_recorded()
    {
        var h = Loops.WithMembers();
        var said = h.Send("ann", "/ask Need a ride, call me on ٠١٠٢٣٤٥٦٧٨٩");
        Assert.Equal(
            "Need a ride, call me on [number hidden]",
            h.OfKind(ReceiptKind.Ask).Single().Summary
        );
        Assert.DoesNotContain(said, l => l.Contains("٦٧٨٩", StringComparison.Ordinal));
    }

    [Fact]
    public void The_emergency_pointer_fires_for_call_911_but_not_for_an_address()
    {
        var h = Loops.WithMembers();
        var address = h.Send("ann", "/ask Need a ride from 112 Main St to the clinic");
        Assert.DoesNotContain(
            address,
            l => l.Contains("not an emergency service", StringComparison.Ordinal)
        );
        var urgent = h.Send("eve", "/ask My neighbour fell, please call 911");
        Assert.Contains(
            urgent,
            l => l.Contains("⚠️ CivBot is not an emergency service", StringComparison.Ordinal)
        );
    }
}
