namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(
        "/spend 500.5 JPY parking",
        "bot: JPY has no smaller unit, so the amount must be a whole number."
    )]
    [InlineData("/spend 12.505 USD gas", "bot: USD amounts have at most 2 decimals.")]
    [InlineData(
        "/spend 0 USD gas",
        "bot: A spend is money paid out, so it must be more than zero."
    )]
    [InlineData(
        "/spend -5 USD gas",
        "bot: A spend is money paid out, so it must be more than zero."
    )]
    [InlineData("/spend NaN USD gas", "bot: \"NaN\" isn't an amount I can read")]
    [InlineData("/spend 1e9 USD gas", "bot: \"1e9\" isn't an amount I can read")]
    [InlineData(
        "/spend 12 XYZ gas",
        "bot: \"XYZ\" isn't a currency code I know; use its ISO code, like USD, EUR, GBP or JPY."
    )]
    [InlineData(
        "/spend 2000000 USD gas",
        "bot: That is more than one spend may be here (1000000.00 USD)"
    )]
    public void Bad_amounts_and_unknown_currencies_are_refused_clearly_and_nothing_is_recorded(
        string spend,
        string reply
    )
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        var said = h.Send("eve", spend).Single();
        Assert.StartsWith(reply, said);
        Assert.EndsWith("Try: /spend #1 12.50 USD gas for the ride", said);
        Assert.Empty(h.OfKind(ReceiptKind.Spend));
    }

    [Fact]
    public void A_flow_sets_the_ceiling_for_one_spend()
    {
        var h = new EngineHarness(
            flows: new CivBot.Core.Flows.FlowCatalog([
                FlowText.LoadValid(
                    """
                    id: test-flow
                    version: 1
                    title: Small spends
                    phases:
                      - id: do
                        kind: do
                        duration: 1d
                        builders:
                          max_spend: 50
                      - id: audit
                        kind: audit
                        duration: 1d
                    """
                ),
            ])
        );
        h.Send("ann", "/ask Gas money");
        h.Send("eve", "/claim");
        Assert.StartsWith(
            "bot: That is more than one spend may be here (50.00 USD)",
            h.Send("eve", "/spend 60 USD gas")[0]
        );
        Assert.StartsWith("bot: 💸 eve spent 50.00 USD", h.Send("eve", "/spend 50 USD gas")[0]);
    }

    [Fact]
    public void Totals_are_kept_per_currency_in_the_reply_status_closing_receipt_and_kit()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 6.40 USD gas");
        Assert.Equal(
            "bot: 💸 eve spent 3000 JPY on #1: parking. Total so far: 3000 JPY + 6.40 USD.",
            h.Send("eve", "/spend 3000 JPY parking").Single()
        );
        h.Send("eve", "/spend 1.50 USD tolls");
        Assert.Contains("bot: Spent: 3000 JPY + 7.90 USD", h.Send("ann", "/status"));
        h.Send("eve", "/done Drove her");
        h.Send("fay", "/audit ok Receipts match");
        Assert.Equal(
            "Loop #1 closed: audit confirmed by fay, spent 3000 JPY + 7.90 USD",
            h.OfKind(ReceiptKind.Closed).Single().Summary
        );
        var kit = h.Send("ann", "/kit #1 full");
        Assert.Contains("bot: - 3000 JPY in 1 spend", kit);
        Assert.Contains("bot: - 7.90 USD in 2 spends", kit);
        Assert.Equal(3000m, h.OfKind(ReceiptKind.Spend).ElementAt(1).Amount);
        Assert.Equal("JPY", h.OfKind(ReceiptKind.Spend).ElementAt(1).Currency);
    }
}
