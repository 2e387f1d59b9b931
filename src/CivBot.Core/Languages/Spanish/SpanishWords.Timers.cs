namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class SpanishWords
{
    public override string VoteReminder(int loop, Moment closes, string usage) =>
        $"⏰ La votación del #{loop} cierra {When(closes)} y aún no votaste. {usage}";

    public override string CollectReminder(int loop, Moment closes, int sent, int quota) =>
        $"⏰ El #{loop} cierra {When(closes)}. Enviaste {sent} de {Texts.Count(quota, "revisión", "revisiones")}: /revisar #{loop} <lo que revisaste>.";

    public override string CollectionOver(
        int loop,
        int total,
        int done,
        int members,
        string shortOf
    ) =>
        $"⏱ Terminó la recolección del #{loop}: {Texts.Count(total, "revisión", "revisiones")}, {done} de {members} miembros cumplieron la cuota{shortOf}.";

    public override string DeliberationUp(int loop) =>
        $"⏱ Se acabó el tiempo para deliberar el #{loop}, así que abro la votación ahora.";

    public override string NoOptionsToVoteOn(int loop) =>
        $"Aún no hay opciones para votar. Los miembros proponen con /proponer #{loop} <opción>.";

    public override string DoLeavesWhenDone(int loop, string builders, Moment deadline) =>
        $"El #{loop} sale de Hacer cuando alguien avisa /hecho #{loop} <resultado>. Lo hacen: {builders}. Después del plazo ({When(deadline)}) /siguiente elige a otras personas.";

    public override string NoOtherAuditor(int loop, string? auditor) =>
        $"No hay otra persona independiente para auditar el #{loop}{(auditor is null ? "" : $"; {auditor} sigue auditando")}.";

    public override string NoRoleOn(int loop) =>
        $"No tienes ningún rol en el #{loop}, así que no hay nada que pasar. /roles muestra quién tiene cada rol.";

    public override string NoRoleAnywhere =>
        "No tienes ningún rol en un ciclo abierto, así que no hay nada que pasar. /roles muestra quién tiene cada rol.";

    public override string SayWhichRole(string loops, int last) =>
        $"Tienes roles en {loops}: di cuál, p. ej. /ceder #{last}.";

    public override string NobodyElseToSteward(int loop) =>
        $"No hay nadie más libre para coordinar el #{loop}, así que sigues tú. Pide en el grupo que alguien use /aceptar steward, y luego /ceder #{loop}.";

    public override string StewardHandedOn(string who, int loop, string next) =>
        $"🧭 {who} pasó la coordinación del #{loop}; por turno la toma {next}. Quien coordina mantiene el ciclo en marcha.";

    public override string OnlyAskerOrSteward(string asker, string steward, int loop) =>
        $"Solo quien pidió ({asker}) o {steward} puede retirar el #{loop}. Si ya no hace falta, díselo en el grupo.";

    public override string WithdrawnBy(string who, string? reason) =>
        reason is null ? $"por {who}" : $"por {who} ({reason})";

    public override string WithdrawnDone(int loop) =>
        $"Listo: el #{loop} fue retirado y el grupo ya lo sabe. Gracias por avisar.";

    public override string NewAuditor(string auditor, int loop, string why) =>
        $"🔎 Ahora {auditor} audita el #{loop} ({why}).";
}
