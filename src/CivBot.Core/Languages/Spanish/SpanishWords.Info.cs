namespace CivBot.Core.Languages;

using CivBot.Core.Flows;
using CivBot.Core.Model;

internal sealed partial class SpanishWords
{
    public override string NoLoopOpen(int? lastClosed, string? flow, string? timeline) =>
        "No hay ningún ciclo abierto."
        + (lastClosed is { } c ? $" El último, #{c}, está cerrado: /recibos #{c} · /kit #{c}." : "")
        + " Empieza uno con /pedir <lo que necesitas>"
        + (flow is not null ? $" (usa el flujo {flow}, {timeline}; /flujos para ver otros)" : "")
        + ".";

    public override string OpenLoops => "Ciclos abiertos:";

    public override string StatusDetails => "Detalles: /estado #N";

    public override string StatusWho(
        string asker,
        string flow,
        string steward,
        string? builders,
        string? auditor,
        int supporters
    ) =>
        $"Pidió {asker} · flujo {flow} · coordina {steward}"
        + (builders is not null ? $" · lo hacen {builders}" : "")
        + (auditor is not null ? $" · audita {auditor}" : "")
        + (supporters > 0 ? $" · 👍 {supporters}" : "");

    public override string StatusPhase(PhaseKind kind, Moment? voteCloses, Moment? deadline) =>
        $"Fase: {PhaseName(kind)} ({PhaseMeaning(kind)})"
        + (
            voteCloses is { } v ? $", la votación cierra {When(v)}"
            : deadline is { Passed: true } p ? $", plazo vencido ({LocalTime(p)})"
            : deadline is { } d ? $", plazo {When(d)}"
            : ""
        );

    public override string StatusOptions(string options) => $"Opciones: {options}";

    public override string StatusDecision(string decision) => $"Decisión: {decision}";

    public override string StatusSpent(string totals) => $"Gastado: {totals}";

    public override string StatusChecks(
        int total,
        int done,
        int members,
        int quota,
        string shortOf
    ) => $"Revisiones: {total}, {done} de {members} miembros con la cuota de {quota}{shortOf}";

    public override string StatusNext(string step) => $"Sigue: {step}";

    public override string StatusTurnout(int voted, int eligible, int quorum) =>
        $"{voted} de {eligible} votaron, quórum {quorum}";

    public override string StatusConsent(
        string proposal,
        int consent,
        int objections,
        string turnout
    ) => $"Propuesta: {proposal} · {consent} a favor, {objections} en contra · {turnout}";

    public override string StatusVotes(string counts, string turnout) =>
        $"Votos: {counts} · {turnout}";

    public override string NextStep(
        Step step,
        int loop,
        string steward,
        string builders,
        string auditor,
        Moment when
    ) =>
        step switch
        {
            Step.ListenWithOptions =>
                $"agrega contexto (/agregar #{loop}) o más opciones (/proponer #{loop}); {steward} lo avanza con /siguiente #{loop}, o avanza solo {When(when)}.",
            Step.Listen =>
                $"agrega contexto con /agregar #{loop} o propón una opción con /proponer #{loop} <opción>.",
            Step.Voting => $"Cierra {When(when)}.",
            Step.ProposeFirst =>
                $"propón una opción con /proponer #{loop} <opción>; la votación necesita al menos una.",
            Step.OpenTheVote =>
                $"{steward} abre la votación con /votar #{loop}, o se abre sola {When(when)}. ¿Más opciones antes? /proponer #{loop}.",
            Step.Claim => $"¿quién lo hace? /reclamar #{loop}.",
            Step.DoLate =>
                $"venció su plazo: {builders} /hecho #{loop} <resultado>; {steward} puede elegir a otras personas con /siguiente #{loop} o terminarlo con /retirar #{loop}.",
            Step.Do =>
                $"{builders} anotan gastos con /gasto #{loop} y avisan /hecho #{loop} <resultado>.",
            Step.Collect => $"envía tus revisiones con /revisar #{loop} <lo que revisaste>.",
            Step.AuditStuck =>
                $"nadie lo auditó; {steward} puede cerrarlo sin auditoría con /siguiente #{loop}.",
            Step.AuditNeedsAuditor =>
                $"necesita a alguien independiente que audite; {steward} lo elige con /siguiente #{loop} cuando haya alguien libre.",
            _ =>
                $"{auditor} revisa los recibos y responde /auditar #{loop} bien <nota> o /auditar #{loop} problema <qué está mal>.",
        };

    public override string RoleName(Role role) =>
        role switch
        {
            Role.Steward => "coordinación",
            Role.Builder => "hacer tareas",
            _ => "auditoría",
        };

    public override string BackInGroup =>
        "¡Qué bueno que vuelves! Estás otra vez en los turnos y recibirás avisos.";

    public override string OutOfGroup =>
        "Saliste de los ciclos de este grupo: sin roles, sin recordatorios, sin agregar ni votar. Sigues en el chat y tus recibos quedan registrados. /aceptar group te trae de vuelta.";

    public override string WhichRole(string command) =>
        $"¿Qué rol? /{command} steward, /{command} builder, /{command} auditor o /{command} group.";

    public override string RotationBack(Role role) => $"Volviste a los turnos de {RoleName(role)}.";

    public override string RotationOut(Role role) =>
        $"Desde ahora no tienes turnos de {RoleName(role)}. /aceptar {role.Name()} para volver.";

    public override string ReceiptsUsage =>
        "Prueba /recibos para los últimos, /recibos #3 para un ciclo, y agrega \"more\" para ver anteriores.";

    public override string NoKitYet =>
        "Aún no se cerró ningún ciclo, así que no hay kit. Los kits aparecen al cerrar un ciclo.";

    public override string KitUsage(int loop) =>
        $"/kit #{loop} da un resumen corto; /kit #{loop} full da el kit completo.";

    public override string WhichKit(int loop) => $"¿Qué ciclo? P. ej. /kit #{loop}";

    public override string Help(string flowCommands) =>
        "Soy CivBot, un bot que ayuda a este grupo a convertir pedidos en acciones pequeñas y con recibos.\n"
        + "Pedir y escuchar: /pedir <necesidad> · /agregar <nota o enlace> · +1\n"
        + "Decidir: /proponer <opción> · /votar <n> · /objetar <motivo>\n"
        + "Hacer: /reclamar · /gasto <monto> <moneda> <qué> · /hecho <resultado>\n"
        + "Auditar: /auditar bien <nota> · /auditar problema <qué está mal> · Revisiones: /revisar <qué>\n"
        + "Coordina: /votar (abrirla) · /siguiente · /deshacer · Quien pidió: /retirar <motivo> termina tu pedido\n"
        + "Ver: /estado · /roles · /recibos [#N] [more] · /verificar · /kit [#N] · /mejorar <algo a mejorar>\n"
        + $"Flujos: /flujos (lo que este grupo puede usar) · /flujo <id> (el de siempre) · /zonahoraria <zona>{flowCommands}\n"
        + "Página pública: /publicar [nombre] [evidencia] (decide el grupo) · /despublicar la quita\n"
        + "Borradores con IA: /ai on (decide el grupo) · /ai off · /borrador [#N]\n"
        + "Chats: /vincular (un admin vincula otro chat) · /vinculos · /desvincular · /me link (tus cuentas de dos canales como una)\n"
        + "Tú: /ceder [#N] (pasa tu rol) · /rechazar <rol> · /rechazar group (sin roles ni avisos) · /aceptar · /nombre <cómo te ven> · /idioma en (in English)\n"
        + "Teléfonos: /smscode da la clave para unirse por SMS (UNIRME <clave>)\n"
        + "Agrega #N para elegir un ciclo si hay varios abiertos. No soy un servicio de emergencias.";

    public override string YouHoldRole(Role role, int loop, PhaseKind phase) =>
        role switch
        {
            Role.Steward => $"Coordinas el #{loop}: {WhatNow(phase)}",
            Role.Builder => $"Haces el #{loop}: {WhatNow(phase)}",
            _ => $"Auditas el #{loop}: {WhatNow(phase)}",
        };
}
