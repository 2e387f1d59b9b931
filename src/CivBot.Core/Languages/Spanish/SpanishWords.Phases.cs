namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string BackInListen(int loop, string why, Moment next) =>
        $"El #{loop} vuelve a Escuchar ({why}). Agrega contexto con /agregar, propón opciones con /proponer. Próximo paso {When(next)}.";

    public override string MovesToDeliberate(
        int loop,
        string why,
        string steward,
        int options,
        Moment opens
    ) =>
        $"El #{loop} pasa a Deliberar ({why}): {PhaseMeaning(PhaseKind.Deliberate)}. Propón opciones con /proponer <opción>. {steward} abre la votación con /votar{(options > 0 ? $" ({Texts.Count(options, "opción", "opciones")} hasta ahora)" : "")}; si no, se abre sola {When(opens)}.";

    public override string CollectStarted(int loop, int quota, Moment deadline) =>
        $"El #{loop} está reuniendo revisiones: por favor, cada persona envíe {quota} con /revisar <lo que revisaste o un enlace>, {When(deadline)}.";

    public override string LoopClosed(int loop, string why) =>
        $"✅ El ciclo #{loop} está cerrado ({why}). Gracias a todos. El registro: /recibos #{loop} · el kit para otros grupos: /kit #{loop}";

    public override string YourAskClosed(int loop, string why, bool bySms) =>
        bySms
            ? $"Tu pedido #{loop} está cerrado ({why}). Responde \"recibos #{loop}\" para ver el registro."
            : $"Tu pedido #{loop} está cerrado ({why}). /recibos #{loop} muestra el registro.";

    public override string LoopClosedUndecided(int loop, string how, string why) =>
        $"El ciclo #{loop} {how}: {why}. Sus recibos quedan registrados: /recibos #{loop}";

    public override string YourAskClosedUndecided(int loop, string how, string why) =>
        $"Tu pedido #{loop} {how} ({why}). Si aún lo necesitas, vuelve a pedirlo con un poco más de detalle: /pedir <lo que necesitas>. Las notas del grupo: /recibos #{loop}";

    public override string ClosedWithoutDecision => "se cerró sin decisión";

    public override string ClosedPlainly => "se cerró";

    public override string WasWithdrawn => "fue retirado";

    public override string ClosedNoOptions => "se cerró \"sin opciones\"";

    public override string AuditConfirmedBy(string who) => $"auditoría confirmada por {who}";

    public override string RolledBackAfterAudit => "revertido tras la auditoría";

    public override string AuditFlaggedToFix => "la auditoría marcó un problema a corregir";

    public override string DoneReported => "avisaron que está hecho";

    public override string MovedOnBy(string who) => $"{who} lo avanzó";

    public override string ClosedEarlyBy(string who) => $"{who} cerró la votación antes";

    public override string PickedAgainBy(string who) => $"elegido de nuevo por {who}";

    public override string HandedOnBy(string who) => $"{who} lo pasó a otra persona";

    public override string TheDeadlinePassed => "venció el plazo";

    public override string ListenDeadlinePassed => "venció el plazo para escuchar";

    public override string CollectionDeadlinePassed => "venció el plazo para reunir revisiones";

    public override string EveryoneVoted => "votaron todos";

    public override string EveryoneResponded => "respondieron todos";

    public override string NoQuorumReached => "sin quórum";

    public override string NoOptionsProposed => "nadie propuso opciones";

    public override string ObjectionRaised => "hubo una objeción";

    public override string Decided => "decidido";

    public override string NobodyProposedIn(int rounds) =>
        $"nadie propuso una opción en {(rounds == 1 ? "1 ronda" : $"{rounds} rondas")}";

    public override string AfterRounds(string why, int rounds) =>
        $"{why} tras {(rounds == 1 ? "1 ronda" : $"{rounds} rondas")}";
}
