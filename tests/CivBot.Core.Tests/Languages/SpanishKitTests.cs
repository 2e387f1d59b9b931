namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Tests.Support;

/// <summary>The kit in a Spanish group: its own words in Spanish, amounts with a decimal comma, receipts as written.</summary>
public sealed class SpanishKitTests
{
    private static EngineHarness ClosedRideInSpanish()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/spend 6.40 USD gas");
        h.Send("eve", "/spend 3 EUR parking");
        h.Send("ann", "/improve Ask the clinic for the exact pickup door");
        h.Send("eve", "/done Drove her there at 4:40");
        h.Send("fay", "/audit ok Receipts match");
        h.Send("ann", "/idioma es");
        return h;
    }

    [Fact]
    public void Kit_in_a_spanish_group_is_a_spanish_summary_with_the_words_people_wrote()
    {
        var h = ClosedRideInSpanish();

        Assert.Equal(
            [
                "bot: 🧰 Kit del #1: Need a ride to the clinic before 5pm",
                "bot: Decidido: opción 1, Eve drives (4 de 4 votos; votaron todos)",
                "bot: Costo: 6,40 USD en 1 gasto · 3,00 EUR en 1 gasto",
                "bot: Resultado: Drove her there at 4:40 · auditoría ok: Receipts match",
                "bot: Mejorar: Ask the clinic for the exact pickup door",
                "bot: El kit completo para copiar: /kit #1 full",
            ],
            h.Send("ann", "/kit")
        );
    }

    [Fact]
    public void The_full_kit_in_a_spanish_group_has_spanish_headings_and_spanish_receipt_lines()
    {
        var h = ClosedRideInSpanish();

        var kit = string.Join(
            "\n",
            h.Send("ann", "/kit #1 full")
                .Select(l => l.Replace("bot: ", "", StringComparison.Ordinal))
        );

        Assert.StartsWith("# Kit: ciclo #1\n", kit, StringComparison.Ordinal);
        Assert.Contains(
            "## Una cosa para mejorar\nAsk the clinic for the exact pickup door",
            kit,
            StringComparison.Ordinal
        );
        Assert.Contains("## Costo\n- 6,40 USD en 1 gasto\n", kit, StringComparison.Ordinal);
        Assert.Contains(
            "## Resultado\nDrove her there at 4:40\nAuditoría ok:",
            kit,
            StringComparison.Ordinal
        );
        // A receipt line reads its date and loop in Spanish; the summary keeps the words people wrote.
        Assert.Contains(" · ciclo #1 · spend · eve", kit, StringComparison.Ordinal);
        Assert.Contains("[6,40 USD]", kit, StringComparison.Ordinal);
        Assert.Contains("/recibos #1", kit, StringComparison.Ordinal);
        Assert.Contains("Este ciclo usó el flujo cociv-loop v1", kit, StringComparison.Ordinal);
        foreach (
            var english in new[]
            {
                "## Problem",
                "## Steps",
                "Whole kit",
                " in 1 spend",
                "This loop ran",
            }
        )
            Assert.DoesNotContain(english, kit, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanish_member_asking_in_a_private_chat_gets_the_kit_in_spanish_while_the_group_reads_english()
    {
        var h = Loops.InDo();
        h.Send("eve", "/claim");
        h.Send("eve", "/done Drove her there");

        Assert.StartsWith(
            "bot: 🧰 Kit #1 (still open)",
            h.Send("ann", "/kit")[0],
            StringComparison.Ordinal
        );
        h.SendPrivately("ann", "/idioma es");
        Assert.Contains(
            h.SendPrivately("ann", "/kit #1"),
            l => l.Contains("🧰 Kit del #1 (sigue abierto)", StringComparison.Ordinal)
        );
    }
}
