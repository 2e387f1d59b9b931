namespace CivBot.Tests.Playground;

using CivBot.Tests.Support;
using Microsoft.Data.Sqlite;

/// <summary>
/// The three shipped flows played in Spanish through the real playground, storage, outbox and timers: the group
/// chooses Spanish with <c>/idioma es</c>, types Spanish commands, and reads every line the bot writes in Spanish.
/// </summary>
public sealed class SpanishPlaygroundTranscriptTests
{
    /// <summary>Words that would give away an English text.</summary>
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
    /// Every line the bot wrote is Spanish, except what stays English on purpose (docs/languages.md): the kit's receipt
    /// lines keep the words they were written with, and a signed checkpoint's note (origin, size, hash, signature) is
    /// data, not words; the message that carries it is checked like any other.
    /// </summary>
    private static void AllSpanish(List<string> output)
    {
        var note = false;
        var leaks = new List<string>();
        foreach (var line in output)
        {
            var inNote = note;
            if (line.Contains("🔏", StringComparison.Ordinal))
                note = true;
            else if (line.StartsWith("bot: — ", StringComparison.Ordinal))
                note = false;
            if (
                !inNote
                && !line.StartsWith("bot: - ", StringComparison.Ordinal)
                && English.Any(e => line.Contains(e, StringComparison.Ordinal))
            )
                leaks.Add(line);
        }
        Assert.True(leaks.Count == 0, "English in a Spanish group:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public async Task The_default_flow_runs_a_week_long_loop_in_spanish_and_writes_every_receipt()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "cociv-loop",
            "dan: /idioma es",
            "eve: hola",
            "fay: hola",
            "ann: /pedir El refrigerador comunitario necesita un sello nuevo para la puerta",
            "eve: /agregar El modelo está atrás https://example.org/fridge.jpg",
            ":wait 1d",
            "eve: /proponer Pedir la pieza en línea, unos 30 USD",
            "fay: /proponer Pedirle a la ferretería que la done",
            "dan: /votar",
            "ann: /votar 1",
            "eve: /votar 1",
            ":wait 1d",
            "eve: /reclamar",
            "eve: /gasto 29.99 USD sello de puerta",
            "eve: /hecho Sello puesto, el refri mantiene 4C",
            ":wait 13h",
            "fay: /auditar ok Revisé el termómetro: 4C",
            "ann: /kit #1 full"
        );

        Assert.Equal(
            "bot: 🗣 dan puso el idioma del grupo en español. /ayuda muestra lo que sé hacer.",
            output[0]
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: El #1 pasa a Deliberar (venció el plazo para escuchar): elegir qué hacer. Propón opciones con /proponer <opción>. dan abre la votación con /votar; si no, se abre sola en 1d (",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot → fay: ⏰ La votación del #1 cierra en 6h",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains("bot: Decisión sobre el #1: Pedir la pieza en línea, unos 30 USD", output);
        Assert.Contains(
            "bot: 💸 eve gastó 29,99 USD en el #1: sello de puerta. Total hasta ahora: 29,99 USD.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot → fay: Recordatorio 1: por favor audita el #1",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ✅ El ciclo #1 está cerrado (auditoría confirmada por fay).",
                    StringComparison.Ordinal
                )
        );
        // The full kit, in Spanish, with the amounts as Spanish readers write them.
        Assert.Contains("bot: # Kit: ciclo #1", output);
        Assert.Contains("bot: - 29,99 USD en 1 gasto", output);
        Assert.Contains("bot: Auditoría ok: Revisé el termómetro: 4C", output);
        Assert.Contains(
            output,
            l => l.StartsWith("bot: 🔏 Punto de control firmado: ", StringComparison.Ordinal)
        );
        AllSpanish(output);

        // The receipts are the same as in English: kinds stay codes, summaries keep the words people wrote.
        await using var connection = new SqliteConnection($"Data Source={db.Path}");
        await connection.OpenAsync();
        var rows = new List<string>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT kind || '|' || summary FROM receipts ORDER BY seq";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(reader.GetString(0));
        }
        Assert.Equal(
            [
                "ask",
                "flow",
                "role",
                "context",
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
            rows.Select(r => r.Split('|')[0])
        );
        Assert.Contains("spend|sello de puerta", rows);
    }

    [Fact]
    public async Task The_urgent_ride_runs_in_spanish_start_to_finish_in_under_an_hour_of_playground_time()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "urgent-ride",
            "dan: /idioma es",
            "eve: hola",
            "fay: hola",
            "ann: /pedir Necesito que lleven a mi hijo a la clínica de Main St antes de las 17:00",
            "eve: /proponer Eve lo lleva a las 16:00",
            "ann: /votar",
            "ann: /votar 1",
            "eve: /votar 1",
            ":wait 10m",
            "eve: /reclamar",
            "eve: /hecho Lo dejé a las 16:40",
            ":wait 15m",
            "fay: /auditar ok Llegó a su cita"
        );

        Assert.Equal(
            "bot: 📣 Nuevo pedido #1 de ann: Necesito que lleven a mi hijo a la clínica de Main St antes de las 17:00",
            output[1]
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: 🗳 Votación del #1 (una opción), cierra en 10m (",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot → dan: ⏰ La votación del #1 cierra en 6m (",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            "bot: 🔨 eve hace el #1: Eve lo lleva a las 16:00. Anota gastos con /gasto y termina con /hecho <resultado>.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith(
                    "bot: ✅ El ciclo #1 está cerrado (auditoría confirmada por fay)",
                    StringComparison.Ordinal
                )
        );
        AllSpanish(output);
    }

    [Fact]
    public async Task The_listing_check_collects_checks_in_spanish_and_nudges_those_short_of_quota()
    {
        using var db = new TempDb();
        var output = await Playground.RunAsync(
            db.Path,
            "listing-check",
            "ann: /idioma es",
            "bob: hola",
            "cy: hola",
            "ann: /pedir Revisar los listados de clínicas antes de la feria",
            "bob: /siguiente",
            "ann: /revisar Horario de la clínica Eastside correcto",
            "ann: /revisar Teléfono de la clínica Westside equivocado",
            "ann: /revisar La clínica Northside cerró",
            "bob: /revisar Clínica de Main St bien",
            ":wait 36h",
            ":wait 13h",
            "cy: /auditar ok Revisé una muestra, están bien",
            "ann: /kit #1"
        );

        Assert.Contains(
            "bot: ✔️ Revisión anotada en el #1, ann. Van 3 tuyas: cumpliste la cuota, ¡gracias! Grupo: 1 de 3 miembros cumplieron, 3 revisiones en total. /estado #1 muestra a quién le faltan.",
            output
        );
        Assert.Contains(
            output,
            l =>
                l.StartsWith("bot → bob: ⏰ El #1 cierra en 12h", StringComparison.Ordinal)
                && l.Contains("Enviaste 1 de 3 revisiones", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(output, l => l.StartsWith("bot → ann: ⏰", StringComparison.Ordinal));
        Assert.Contains(
            "bot: ⏱ Terminó la recolección del #1: 4 revisiones, 1 de 3 miembros cumplieron la cuota · faltan: cy 0/3, bob 1/3.",
            output
        );
        Assert.Contains(
            output,
            l => l.StartsWith("bot: ✅ El ciclo #1 está cerrado", StringComparison.Ordinal)
        );
        // The kit's outcome for a collect flow: how many checks from how many members.
        Assert.Contains(
            "bot: Resultado: 4 revisiones de 2 miembros · auditoría ok: Revisé una muestra, están bien",
            output
        );
        AllSpanish(output);
    }
}
