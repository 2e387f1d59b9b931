namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Flows;
using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

public sealed class AuditFlagTests
{
    [Fact]
    public void A_flag_sends_the_loop_back_to_do_and_the_same_auditor_checks_the_fix()
    {
        var h = Loops.InAudit();
        var flagged = h.Send("fay", "/audit flag The receipt for gas is missing");
        Assert.Contains("bot: 🚩 fay flagged #1: The receipt for gas is missing", flagged);
        Assert.Equal("do", h.State.Loops[0].Phase);

        h.Send("eve", "/add Gas receipt photo https://example.org/r.jpg");
        h.Send("eve", "/done Added the receipt");
        Assert.Equal("fay", h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle);
        h.Send("fay", "/audit ok Receipt matches the spend");

        Assert.Equal(
            ["done", "audit-flagged", "progress", "done", "audit-confirmed", "closed"],
            h.Receipts.SkipWhile(r => r.Kind != ReceiptKind.Done)
                .Select(r => r.Kind.WireName())
                .Where(k => k != "role")
        );
    }

    [Fact]
    public void A_flow_that_rolls_back_on_a_flag_records_the_rollback_and_closes()
    {
        var flow = FlowText.LoadValid(FlowText.Minimal + "\n    audit:\n      on_flag: rollback\n");
        Assert.Equal(FlowDefinition.RollbackTarget, flow.Phase("audit").Audit!.OnFlag);
        var h = new EngineHarness(flows: new FlowCatalog([flow]));
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            h.Send(n, "/help");
        h.Send("ann", "/ask Repaint the bench");
        h.Send("dan", "/next");
        h.Send("eve", "/claim");
        h.Send("eve", "/done Painted");
        var auditor = h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle;

        h.Send(auditor, "/audit flag Wrong colour, the council says it must be green");

        Assert.Empty(h.State.Loops);
        var rollback = h.OfKind(ReceiptKind.Rollback).Single();
        Assert.Equal(
            "Rolled back after the audit flag: Wrong colour, the council says it must be green",
            rollback.Summary
        );
        Assert.Equal(
            [$"receipt:#{h.OfKind(ReceiptKind.AuditFlagged).Single().Seq}"],
            rollback.Evidence
        );
        Assert.Equal("Loop #1 closed: rolled back after the audit", h.Receipts[^1].Summary);
    }
}
