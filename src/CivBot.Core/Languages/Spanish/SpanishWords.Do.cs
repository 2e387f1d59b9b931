namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string DoStarted(
        int loop,
        string decision,
        string? builders,
        Moment? pickAfter,
        Moment deadline
    ) =>
        $"El #{loop} pasa a Hacer ({PhaseMeaning(PhaseKind.Do)}): {decision}."
        + (
            builders is not null
                ? $" Lo hacen: {builders}. Avisan con /hecho <resultado>."
                : " ¿Quién lo hace? /reclamar para ofrecerte."
        )
        + (
            pickAfter is { } m
                ? $" Si nadie lo reclama {When(m)}, elegiré a alguien por turno."
                : ""
        )
        + $" Anota gastos con /gasto <monto> <moneda> <qué>; plazo {When(deadline)}.";

    public override string AlreadyBuilder(int loop) =>
        $"Ya lo estás haciendo en el #{loop}. Avisa con /hecho #{loop} <resultado> al terminar.";

    public override string BuildersFull(int loop, int max, string builders) =>
        $"El #{loop} ya tiene {Texts.Count(max, "persona", "personas")} haciéndolo ({builders}). Igual puedes ayudar con /agregar #{loop} <avance>.";

    public override string OptedOutOfBuilding =>
        "Elegiste no hacer tareas. Usa /aceptar builder primero si quieres reclamar esta.";

    public override string Building(string who, int loop, string decision) =>
        $"🔨 {who} hace el #{loop}: {decision}. Anota gastos con /gasto y termina con /hecho <resultado>.";

    public override string SpendTry(string problem, int loop) =>
        $"{problem} Prueba: /gasto #{loop} 12,50 USD gasolina para el viaje";

    public override string Spent(string who, string amount, int loop, string what, string totals) =>
        $"💸 {who} gastó {amount} en el #{loop}: {what}. Total hasta ahora: {totals}.";

    public override string DoneWhat(int loop) =>
        $"¿Cuál fue el resultado? P. ej. /hecho #{loop} La llevé a las 16:40 y llegó a su cita.";

    public override string OutcomeTooLong(int max) =>
        $"Por favor, que el resultado tenga menos de {max} caracteres; agrega detalles antes con /agregar.";

    public override string ReportsDone(string who, int loop, string outcome) =>
        $"✔️ {who} avisa que el #{loop} está hecho: {outcome}";

    public override string YourAskDone(int loop, string outcome) =>
        $"Tu pedido #{loop} está hecho: {outcome}";

    public override string SpendNeedsParts => "Un gasto necesita monto, moneda y para qué fue.";

    public override string SpendMustBePositive =>
        "Un gasto es dinero pagado, así que debe ser mayor que cero.";

    public override string NotAnAmount(string what) =>
        $"\"{what}\" no es un monto que pueda leer (usa dígitos y una coma, como 12,50).";

    public override string NotACurrency(string what) =>
        $"\"{what}\" no es un código de moneda que conozca; usa su código ISO, como USD, MXN, EUR o COP.";

    public override string NoMinorUnit(string currency) =>
        $"{currency} no tiene unidad menor, así que el monto debe ser un número entero.";

    public override string TooManyDecimals(string currency, int decimals) =>
        $"Los montos en {currency} tienen como máximo {decimals} decimales.";

    public override string OverCeiling(string ceiling) =>
        $"Es más de lo que puede ser un gasto aquí ({ceiling}); revisa el monto, o anótalo en las partes que el grupo acordó.";

    public override string SpendWhatTooLong =>
        "Por favor, describe el gasto en menos de 200 caracteres.";

    public override string CheckWhat(int loop) =>
        $"¿Qué revisaste? P. ej. /revisar #{loop} Clínica Eastside: el teléfono y el horario están bien. También sirve un enlace o una foto.";

    public override string CheckTooLong(int max) =>
        $"Por favor, que cada revisión tenga menos de {max} caracteres; mejor envía varios /revisar.";

    public override string CheckRecorded(
        int loop,
        string who,
        int mine,
        int quota,
        int done,
        int members,
        int total
    ) =>
        $"✔️ Revisión anotada en el #{loop}, {who}. "
        + (
            mine >= quota
                ? $"Van {mine} tuyas: cumpliste la cuota, ¡gracias!"
                : $"Van {mine} de tus {quota}."
        )
        + $" Grupo: {done} de {members} miembros cumplieron, {Texts.Count(total, "revisión", "revisiones")} en total. /estado #{loop} muestra a quién le faltan.";

    public override string ShortOfQuota(string rows, int more) =>
        $" · faltan: {rows}{(more > 0 ? $" y {more} más" : "")}";

    public override string NoIndependentAuditor(int loop, string steward) =>
        $"El #{loop} necesita una auditoría, pero no hay nadie independiente: quien podía pidió, coordinó o hizo la tarea (o no participa). Cuando alguien nuevo se una, {steward} puede elegir quién audita con /siguiente #{loop}.";

    public override string AuditStarted(int loop, string auditor) =>
        $"🔎 El #{loop} pasa a Auditar. {auditor} revisa los recibos y el resultado, y luego /auditar bien <nota> o /auditar problema <qué está mal>.";

    public override string AuditRequestHead(int reminder, int loop, string ask) =>
        reminder == 0
            ? $"Auditas el #{loop}: {ask}"
            : $"Recordatorio {reminder}: por favor audita el #{loop}: {ask}";

    public override string AuditLookOver(int loop, bool sampled) =>
        $"Revisa /recibos #{loop}{(sampled ? " y estas revisiones de la muestra:" : ".")}";

    public override string SampledCheck(long receipt, string who, string text) =>
        $"- recibo #{receipt} de {who}: {text}";

    public override string AuditReply(int loop) =>
        $"Luego responde /auditar #{loop} bien <nota> o /auditar #{loop} problema <qué está mal>.";

    public override string InAuditSample(int loop, string auditor) =>
        $"Una de tus revisiones está en la muestra de la auditoría del #{loop}, así que no puedes auditarlo: ojos independientes mantienen honestos los recibos. Audita {auditor}.";

    public override string TooInvolvedToAudit(int loop, string auditor) =>
        $"Pediste, coordinaste o hiciste el #{loop}, así que no puedes auditarlo: ojos independientes mantienen honestos los recibos. Audita {auditor}.";

    public override string AuditOkOrFlag(int loop) =>
        $"Por favor di bien o problema: /auditar #{loop} bien <nota>, o /auditar #{loop} problema <qué está mal>.";

    public override string AuditNoteMissing(bool ok, int loop) =>
        ok
            ? $"Agrega una nota breve sobre lo que revisaste: /auditar #{loop} bien Los recibos coinciden, ella confirmó el viaje."
            : $"¿Qué está mal? Quienes lo hicieron necesitan saberlo: /auditar #{loop} problema <qué está mal>.";

    public override string AuditNoteTooLong(int max) =>
        $"Por favor, que la nota tenga menos de {max} caracteres.";

    public override string Flagged(string who, int loop, string note) =>
        $"🚩 {who} marcó un problema en el #{loop}: {note}";
}
