namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Receipts;
using CivBot.Core.Tests.Support;

/// <summary>The three shipped flows, played in Spanish: every message a member reads is Spanish, the receipts are the same.</summary>
public sealed class SpanishStoryTests
{
    /// <summary>Words that would give away an English text in a Spanish group.</summary>
    private static readonly string[] English =
    [
        " the ",
        " with ",
        " is ",
        " and ",
        "Vote ",
        " by ",
    ];

    /// <summary>
    /// Every line the bot wrote since <paramref name="from"/> is Spanish, receipt lines (<c>/recibos</c>) included: a
    /// receipt keeps the words people wrote, and the bot's own words on it are rendered in the reader's language.
    /// </summary>
    private static void AllSpanish(EngineHarness h, int from = 0)
    {
        var leaks = h
            .Transcript.Skip(from)
            .Where(l => l.StartsWith("bot", StringComparison.Ordinal))
            .Where(l => English.Any(e => l.Contains(e, StringComparison.Ordinal)))
            .ToList();
        Assert.True(leaks.Count == 0, "English in a Spanish group:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void An_urgent_ride_runs_in_spanish_from_pedido_to_closed_with_the_same_receipts()
    {
        var h = new EngineHarness("urgent-ride", language: "es");
        h.Send("dan", "/ayuda");
        h.Send("eve", "/ayuda");
        h.Send("fay", "/ayuda");

        var opened = h.Send(
            "ann",
            "/pedir Necesito que lleven a mi hijo a la clínica antes de las 17:00"
        );
        Assert.Contains(
            opened,
            l => l.StartsWith("bot: 📣 Nuevo pedido #1 de ann: Necesito", StringComparison.Ordinal)
        );
        Assert.Contains(
            opened,
            l => l.StartsWith("bot → dan: Coordinas el #1", StringComparison.Ordinal)
        );

        h.Send("eve", "/proponer Eve lo lleva a las 16:00");
        h.Send("fay", "/proponer Taxi pagado con el fondo");
        var vote = h.Send("ann", "/votar");
        Assert.Contains(
            vote,
            l =>
                l.StartsWith(
                    "bot: 🗳 Votación del #1 (una opción), cierra en 10m (09:10)",
                    StringComparison.Ordinal
                )
        );

        h.Send("ann", "/votar 1");
        Assert.Contains(
            "bot → ann: Recibí tu voto en el #1: 1) Eve lo lleva a las 16:00. Puedes cambiarlo hasta que cierre la votación en 10m (09:10).",
            h.Last
        );
        h.Send("eve", "/votar 1");
        h.Send("fay", "/votar 2");
        var decided = h.Send("dan", "/votar 1");
        Assert.Contains("bot: Decisión sobre el #1: Eve lo lleva a las 16:00", decided);
        Assert.Contains(
            decided,
            l => l.StartsWith("bot: El #1 pasa a Hacer", StringComparison.Ordinal)
        );

        h.Wait(TimeSpan.FromMinutes(2));
        h.Send("eve", "/reclamar");
        h.Send("eve", "/gasto 6,40 USD gasolina para el viaje");
        Assert.Contains(
            "bot: 💸 eve gastó 6,40 USD en el #1: gasolina para el viaje. Total hasta ahora: 6,40 USD.",
            h.Last
        );
        var done = h.Send("eve", "/hecho Lo dejé en la clínica a las 16:40, llegó a tiempo");
        Assert.Contains(
            done,
            l => l.StartsWith("bot: 🔎 El #1 pasa a Auditar. fay revisa", StringComparison.Ordinal)
        );
        Assert.Contains(
            done,
            l => l.StartsWith("bot → fay: Auditas el #1", StringComparison.Ordinal)
        );

        var closed = h.Send("fay", "/auditar ok Ann confirmó el viaje; el recibo coincide");
        Assert.Contains(
            closed,
            l =>
                l.StartsWith(
                    "bot: ✅ El ciclo #1 está cerrado (auditoría confirmada por fay)",
                    StringComparison.Ordinal
                )
        );

        Assert.Equal(
            [
                "ask",
                "flow",
                "role",
                "option",
                "option",
                "vote-opened",
                "decision",
                "claim",
                "spend",
                "done",
                "role",
                "audit-confirmed",
                "closed",
            ],
            h.Receipts.Select(r => r.Kind.WireName())
        );
        Assert.Equal(6.40m, h.OfKind(ReceiptKind.Spend).Single().Amount);
        Assert.Equal("gasolina para el viaje", h.OfKind(ReceiptKind.Spend).Single().Summary);
        Assert.Contains(
            h.Send("ann", "/verificar"),
            l => l.StartsWith("bot: ✅ Los 13 recibos están bien", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Send("ann", "/recibos #1"),
            l => l.StartsWith("bot: Recibos de ciclo #1:", StringComparison.Ordinal)
        );
        AllSpanish(h);
    }

    [Fact]
    public void The_default_flow_runs_a_week_in_spanish_with_waits_reminders_and_the_audit()
    {
        var h = Loops.WithMembers("cociv-loop", "dan", "eve", "fay", "ann");
        var from = h.Transcript.Count;
        h.Send("dan", "/idioma es");
        h.Send("ann", "/pedir El refrigerador comunitario necesita un sello nuevo");
        h.Send("eve", "/agregar El número de modelo está atrás https://example.org/fridge.jpg");
        var deliberate = h.Wait(TimeSpan.FromDays(1));
        Assert.Contains(
            deliberate,
            l =>
                l.StartsWith(
                    "bot: El #1 pasa a Deliberar (venció el plazo para escuchar): elegir qué hacer.",
                    StringComparison.Ordinal
                )
        );
        h.Send("eve", "/proponer Pedir la pieza en línea, unos 30 USD");
        h.Send("fay", "/proponer Pedir a la ferretería que la done");
        var steward = h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle;
        h.Send(steward, "/votar");
        h.Send("ann", "/votar 1");
        h.Send("eve", "/votar 1");
        var reminders = h.Wait(TimeSpan.FromDays(1));
        Assert.Contains(
            reminders,
            l => l.Contains("⏰ La votación del #1 cierra en", StringComparison.Ordinal)
        );
        Assert.Contains(
            reminders,
            l =>
                l.StartsWith(
                    "bot: Decisión sobre el #1: Pedir la pieza en línea",
                    StringComparison.Ordinal
                )
        );
        h.Send("eve", "/reclamar");
        h.Send("eve", "/gasto 29,99 USD sello de la puerta");
        var status = h.Send("ann", "/estado");
        Assert.Contains("bot: Gastado: 29,99 USD", status);
        Assert.Contains(
            status,
            l =>
                l.StartsWith("bot: Sigue: eve anotan gastos", StringComparison.Ordinal)
                || l.StartsWith("bot: Sigue:", StringComparison.Ordinal)
        );
        Assert.InRange(status.Count, 1, 6);
        h.Send("eve", "/hecho Sello colocado, el refrigerador vuelve a 4C");
        var auditor = h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle;
        var nudge = h.Wait(TimeSpan.FromHours(13));
        Assert.Contains(
            nudge,
            l =>
                l.StartsWith(
                    $"bot → {auditor}: Recordatorio 1: por favor audita el #1",
                    StringComparison.Ordinal
                )
        );
        h.Send(auditor, "/auditar ok Revisé el termómetro: 4C");
        Assert.Empty(h.State.Loops);
        Assert.Contains(
            h.Send("eve", "/recibos #1"),
            l => l.StartsWith("bot: Recibos de ciclo #1:", StringComparison.Ordinal)
        );
        AllSpanish(h, from);
    }

    [Fact]
    public void A_listing_check_collects_checks_in_spanish_and_nudges_the_short_ones()
    {
        var names = Enumerable.Range(1, 8).Select(i => $"m{i}").ToArray();
        var h = Loops.WithMembers("listing-check", names);
        var from = h.Transcript.Count;
        h.Send("m1", "/idioma es");
        h.Send("m1", "/pedir Revisar los datos de las clínicas en el mapa del condado");
        h.Send(h.State.Member(h.State.Loops[0].Steward!.Value)!.Handle, "/siguiente");
        Assert.Equal("check", h.State.Loops[0].Phase);
        for (var i = 0; i < names.Length; i++)
        for (var c = 1; c <= (i < 5 ? 3 : 1); c++)
            h.Send(names[i], $"/revisar Clínica {i}-{c}: horario y teléfono correctos");
        Assert.Contains(
            "Van 2 de tus 3.",
            h.Send("m7", "/revisar Clínica 7-2: dirección equivocada")[0]
        );
        var nudges = h.Wait(TimeSpan.FromHours(36) + TimeSpan.FromMinutes(1));
        Assert.Contains(
            nudges,
            l => l.Contains("Enviaste 2 de 3 revisiones", StringComparison.Ordinal)
        );
        var audit = h.Wait(TimeSpan.FromHours(12));
        Assert.Contains(
            audit,
            l =>
                l.StartsWith(
                    "bot: ⏱ Terminó la recolección del #1: 19 revisiones, 5 de 8 miembros cumplieron la cuota · faltan:",
                    StringComparison.Ordinal
                )
        );
        var auditor = h.State.Member(h.State.Loops[0].Auditor!.Value)!.Handle;
        Assert.Contains(
            audit,
            l => l.StartsWith($"bot → {auditor}: - recibo #", StringComparison.Ordinal)
        );
        h.Send(auditor, "/auditar ok Revisé la muestra; todo coincide con el sitio del condado");
        Assert.Empty(h.State.Loops);
        Assert.Contains(
            h.Send("m1", "/recibos #1"),
            l => l.StartsWith("bot: Recibos de ciclo #1:", StringComparison.Ordinal)
        );
        AllSpanish(h, from);
    }

    [Fact]
    public void A_spanish_texter_asks_an_english_group_and_each_side_reads_its_own_language()
    {
        var h = new EngineHarness("urgent-ride");
        foreach (var n in new[] { "dan", "eve", "fay" })
            h.Send(n, "hi");
        h.SendPrivately("rosa", "/language es");

        var asked = h.SendPrivately(
            "rosa",
            "/pedir Necesito que me lleven a la clínica antes de las 17:00"
        );
        Assert.Contains(
            asked,
            l => l.StartsWith("bot: 📣 New ask #1 from rosa", StringComparison.Ordinal)
        );
        Assert.Contains(
            asked,
            l =>
                l.StartsWith(
                    "bot → rosa: Gracias, tu pedido es el ciclo #1",
                    StringComparison.Ordinal
                )
        );

        h.Send("eve", "/propose Eve drives her at 4pm");
        var vote = h.Send("dan", "/vote");
        Assert.Contains(
            vote,
            l => l.StartsWith("bot: 🗳 Vote on #1 (single choice)", StringComparison.Ordinal)
        );
        Assert.Contains(
            vote,
            l =>
                l.StartsWith(
                    "bot → rosa: Votación de tu pedido #1, cierra en 10m",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains("bot → rosa: Responde 1", vote);

        h.SendPrivately("rosa", "1");
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot → rosa: Recibí tu voto en el #1", StringComparison.Ordinal)
        );
        h.Send("eve", "/vote 1");
        h.Send("fay", "/vote 1");
        var decided = h.Send("dan", "/vote 1");
        Assert.Contains("bot: Decision on #1: Eve drives her at 4pm", decided);
        Assert.Contains("bot → rosa: Decisión sobre tu pedido #1: Eve drives her at 4pm", decided);
        Assert.Null(h.State.Language);
    }
}
