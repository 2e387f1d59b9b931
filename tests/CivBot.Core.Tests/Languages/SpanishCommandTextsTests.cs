namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Tests.Support;

/// <summary>
/// The commands whose texts moved into the catalogue last (/roles, /flows, /flow, /undo, /publish, group votes, /ai,
/// /draft, /link) answer a Spanish group in Spanish.
/// </summary>
public sealed class SpanishCommandTextsTests
{
    /// <summary>Words that would give away an English text.</summary>
    private static readonly string[] English =
    [
        " the ",
        " with ",
        " is ",
        " and ",
        " by ",
        " to ",
        "Only ",
        "Please ",
    ];

    /// <summary>Every line the bot wrote is Spanish, except a flow's own description (indented under /flows): a flow's
    /// texts are its author's words, in the flow's language.</summary>
    private static void AllSpanish(IEnumerable<string> lines)
    {
        var said = lines
            .Where(l => l.StartsWith("bot", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("bot:   ", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(said);
        var leaks = said.Where(l => English.Any(e => l.Contains(e, StringComparison.Ordinal)))
            .ToList();
        Assert.True(leaks.Count == 0, "English in a Spanish group:\n" + string.Join("\n", leaks));
    }

    private static EngineHarness Spanish(string? aiModel = null)
    {
        var h = new EngineHarness(language: "es", aiModel: aiModel);
        foreach (var n in new[] { "dan", "eve", "fay", "ann" })
            h.Send(n, "/ayuda");
        return h;
    }

    [Fact]
    public void A_spanish_ask_that_sounds_urgent_gets_the_urgent_suggestion_in_spanish()
    {
        var h = Spanish();
        var said = h.Send(
            "ann",
            "/pedir Necesito que me lleven a la clínica, cierra en 40 minutos"
        );
        Assert.Contains(
            said,
            l => l.StartsWith("bot: ⏱ Parece urgente. ann,", StringComparison.Ordinal)
        );
        AllSpanish(said);
    }

    [Fact]
    public void Roles_flows_and_the_flow_choice_answer_in_spanish()
    {
        var h = Spanish();
        var lines = new List<string>();
        lines.AddRange(h.Send("ann", "/roles"));
        lines.AddRange(h.Send("ann", "/flujos"));
        lines.AddRange(h.Send("ann", "/flujo"));
        lines.AddRange(h.Send("ann", "/flujo nada-asi"));
        lines.AddRange(h.Send("ann", "/pedir Necesito una silla de ruedas prestada"));
        lines.AddRange(h.Send("ann", "/roles"));
        lines.AddRange(h.Send("eve", "/flujo urgent-ride"));

        AllSpanish(lines);
        Assert.Contains(lines, l => l.Contains("Siguientes por turno:", StringComparison.Ordinal));
        Assert.Contains(
            lines,
            l => l.StartsWith("bot: Flujos que este grupo", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Undo_and_its_refusals_answer_in_spanish()
    {
        var h = Spanish();
        var lines = new List<string>();
        h.Send("ann", "/pedir Necesito que me lleven a la clínica");
        lines.AddRange(h.Send("eve", "/deshacer"));
        lines.AddRange(h.Send("eve", "/proponer Eve maneja"));
        lines.AddRange(h.Send("fay", "/proponer Eve maneja a las cuatro"));
        lines.AddRange(h.Send("dan", "/deshacer opcion 2"));
        lines.AddRange(h.Send("dan", "/deshacer opción 2 repite la opción 1"));
        lines.AddRange(h.Send("eve", "/agregar Tengo el auto libre"));
        lines.AddRange(h.Send("eve", "/deshacer"));

        AllSpanish(lines);
        Assert.Contains(
            lines,
            l => l.StartsWith("bot: ↩️ dan revirtió la opción 2", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l => l.StartsWith("bot: ↩️ eve deshizo una nota", StringComparison.Ordinal)
        );
        Assert.Single(h.State.Loops[0].Options);
    }

    [Fact]
    public void Publishing_and_ai_drafts_answer_in_spanish()
    {
        var h = Spanish(aiModel: "test-model");
        var lines = new List<string>();
        lines.AddRange(h.Send("ann", "/publicar raro!"));
        lines.AddRange(h.Send("ann", "/publicar vecinos evidencia"));
        lines.AddRange(h.Send("ann", "/publicar"));
        lines.AddRange(h.Send("eve", "/objetar publicar"));
        lines.AddRange(h.Send("eve", "/objetar publicar Prefiero que no sea público"));
        lines.AddRange(h.Send("ann", "/despublicar"));
        lines.AddRange(h.Send("ann", "/ai"));
        lines.AddRange(h.Send("ann", "/borrador"));
        lines.AddRange(h.Send("ann", "/ai on"));
        lines.AddRange(h.Send("ann", "/ai off"));

        AllSpanish(lines);
        Assert.Contains(
            lines,
            l => l.StartsWith("bot: 🗳 ann propone publicar", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l => l.StartsWith("bot: Los recibos siguen privados", StringComparison.Ordinal)
        );
        // "publicar" names the vote, so the reason is what follows it.
        Assert.Contains(
            h.Receipts,
            r =>
                r.Summary.EndsWith(
                    "(eve objected: Prefiero que no sea público).",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void Linking_answers_in_spanish()
    {
        var h = Spanish();
        var lines = new List<string>();
        lines.AddRange(h.SendPrivately("ann", "/vincular"));
        lines.AddRange(h.Send("ann", "/vincular"));
        lines.AddRange(h.Send("ann", "/vinculos"));

        AllSpanish(lines);
    }
}
