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

    public override string NewAuditor(string auditor, int loop, string why) =>
        $"🔎 Ahora {auditor} audita el #{loop} ({why}).";
}
