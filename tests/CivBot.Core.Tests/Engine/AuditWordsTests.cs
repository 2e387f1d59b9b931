namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>An auditor answers in their group's words: ok/flag in English, bien/problema in Spanish; ok/flag work everywhere.</summary>
public sealed class AuditWordsTests
{
    /// <summary>The cociv loop in Audit, its group reading Spanish from now on.</summary>
    private static EngineHarness SpanishAudit()
    {
        var h = Loops.InAudit();
        h.Send("dan", "/idioma es");
        return h;
    }

    [Fact]
    public void A_spanish_auditor_confirms_with_bien()
    {
        var h = SpanishAudit();

        var closed = h.Send("fay", "/auditar bien El recibo coincide con el viaje");

        Assert.Contains(h.Receipts, r => r.Kind == ReceiptKind.AuditConfirmed);
        Assert.Contains(
            closed,
            l => l.StartsWith("bot: ✅ El ciclo #1 está cerrado", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_spanish_auditor_flags_with_problema()
    {
        var h = SpanishAudit();

        h.Send("fay", "/auditar problema Falta el recibo de la gasolina");

        var flagged = Assert.Single(h.Receipts, r => r.Kind == ReceiptKind.AuditFlagged);
        Assert.Equal("Falta el recibo de la gasolina", flagged.Summary);
    }

    [Fact]
    public void The_english_words_still_work_in_a_spanish_group()
    {
        var h = SpanishAudit();

        h.Send("fay", "/auditar ok Todo coincide");

        Assert.Contains(h.Receipts, r => r.Kind == ReceiptKind.AuditConfirmed);
    }

    [Fact]
    public void Spanish_audit_messages_name_the_spanish_words()
    {
        var h = Loops.InDo();
        h.Send("dan", "/idioma es");
        h.Send("eve", "/reclamar");

        var started = h.Send("eve", "/hecho La llevé a tiempo");

        Assert.Contains(
            started,
            l =>
                l.StartsWith("bot: 🔎 El #1 pasa a Auditar.", StringComparison.Ordinal)
                && l.Contains("/auditar bien <nota> o /auditar problema", StringComparison.Ordinal)
        );
        Assert.Equal(
            [
                "bot: Por favor di bien o problema: /auditar #1 bien <nota>, o /auditar #1 problema <qué está mal>.",
            ],
            h.Send("fay", "/auditar quizás")
        );
        Assert.Equal(
            [
                "bot: ¿Qué está mal? Quienes lo hicieron necesitan saberlo: /auditar #1 problema <qué está mal>.",
            ],
            h.Send("fay", "/auditar problema")
        );
    }

    [Fact]
    public void English_audit_messages_keep_ok_and_flag()
    {
        var h = Loops.InAudit();

        Assert.Equal(
            ["bot: Please say ok or flag: /audit #1 ok <note>, or /audit #1 flag <what is wrong>."],
            h.Send("fay", "/audit maybe")
        );
        h.Send("fay", "/audit flag The gas receipt is missing");

        Assert.Contains(h.Receipts, r => r.Kind == ReceiptKind.AuditFlagged);
    }
}
