namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string DoLateToBuilder(int loop) =>
        $"⏱ Venció el plazo para hacer el #{loop}. ¿Terminaste? /hecho #{loop} <resultado>. ¿Trabado? /agregar #{loop} <qué lo frena>. ¿No puedes? /ceder #{loop}.";

    public override string DoLateToSteward(int loop, Moment groupTold) =>
        $"⏱ Venció el plazo para hacer el #{loop} y nadie avisó que está hecho. Como coordinas: /siguiente #{loop} elige a otras personas, o /retirar #{loop} <motivo> lo termina sin hacer. Avisaré al grupo {When(groupTold)}.";

    public override string DoLateToGroup(int loop, string? builders, string? steward) =>
        $"⏱ Venció el plazo para hacer el #{loop} y aún no está hecho. "
        + (
            builders is null
                ? $"Nadie lo reclamó: /reclamar #{loop}."
                : $"{builders}: /hecho #{loop} <resultado> al terminar."
        )
        + (
            steward is null
                ? ""
                : $" {steward} (coordina) puede elegir a otras personas con /siguiente #{loop} o terminarlo con /retirar #{loop}."
        );

    public override string NobodyClaimed(int loop) => $"Nadie reclamó el #{loop}";

    public override string AskedForBuilders(string who, bool replacing, int loop) =>
        $"{who} pidió {(replacing ? "otras personas" : "alguien")} para hacer el #{loop}";

    public override string HandedOnLoop(string who, int loop) =>
        $"{who} pasó el #{loop} a otra persona";

    public override string NoBuilderLeft(string why, int loop) =>
        $"{why}, y no queda nadie más en los turnos para hacerlo. Cualquiera puede /reclamar #{loop}.";

    public override string BuilderPicked(string why, string builder, int loop) =>
        $"🔨 {why}, así que por turno lo hace {builder}. ¿No puedes? /ceder #{loop}.";

    public override string PickedToBuild(int loop, string decision) =>
        $"Te tocó por turno hacer el #{loop}: {decision}. Anota gastos con /gasto y termina con /hecho #{loop} <resultado>.";

    public override string AuditorDidNotAnswer(string auditor, int reminders) =>
        $"{auditor} no respondió {reminders} recordatorios";

    public override string StillNoAudit(int loop, string why, string steward) =>
        $"📣 El #{loop} sigue sin auditoría ({why}). Quien no pidió, coordinó ni hizo la tarea puede ofrecerse a auditar. Si no, {steward} (coordina) puede cerrarlo sin auditoría con /siguiente #{loop}, y el recibo de cierre lo dirá.";

    public override string AuditStuck(int loop) =>
        $"La auditoría del #{loop} está trabada. /siguiente #{loop} lo cierra sin auditoría (el recibo lo dice).";

    public override string NotAudited(int asked, string who) =>
        $"sin auditoría: se pidió a {(asked == 1 ? "1 persona" : $"{asked} personas")} y nadie respondió; lo cerró {who}";
}
