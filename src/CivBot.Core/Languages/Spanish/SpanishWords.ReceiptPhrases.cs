namespace CivBot.Core.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string StewardByRotation(string steward, int loop) =>
        $"{steward} coordina el #{loop} (por turno)";

    public override string StewardHandedOnReceipt(string next, int loop, string by) =>
        $"{next} coordina el #{loop} (por turno: {by} pasó la coordinación)";

    public override string AuditorByRotation(string auditor, int loop) =>
        $"{auditor} audita el #{loop} (por turno)";

    public override string AuditorBecause(string auditor, int loop, string why) =>
        $"{auditor} audita el #{loop} ({why})";

    public override string BuilderByRotation(string builder, int loop, string why) =>
        $"{builder} hace el #{loop} (por turno: {why})";

    public override string BuilderReasonName(BuilderReason reason) =>
        reason switch
        {
            BuilderReason.StewardAsked => "lo pidió quien coordina",
            BuilderReason.HandedOn => "quien lo hacía lo pasó",
            _ => "nadie lo reclamó",
        };

    public override string PhaseMovedReceipt(int loop, string from, string to) =>
        $"Pasó el #{loop} de {from} a {to}";

    public override string ConsentVoteOpenedReceipt(
        int option,
        string text,
        string closes,
        string quorum
    ) =>
        $"Votación abierta: consentimiento sobre la opción {option}: {text}; cierra {closes}; quórum {quorum}";

    public override string VoteOpenedReceipt(
        VoteKind kind,
        int options,
        string closes,
        string quorum
    ) =>
        $"Votación abierta: {VoteKindName(kind)} entre {Texts.Count(options, "opción", "opciones")}; cierra {closes}; quórum {quorum}";

    public override string GroupVoteOpenedReceipt(string what) =>
        $"Votación por consentimiento: {what}.";

    public override string GroupVoteKept(GroupVoteSubject subject) =>
        subject == GroupVoteSubject.Publish
            ? "los recibos siguen privados"
            : "los borradores con IA siguen apagados";

    public override string GroupVoteStoppedReceipt(string kept, string by, string why) =>
        $"Decidido: {kept} ({by} objetó: {why}).";

    public override string RolledBackReceipt(string flagged) =>
        $"Revertido tras el problema señalado en la auditoría: {flagged}";

    public override string LoopClosedReceipt(int loop, string why, string? spent) =>
        $"Ciclo #{loop} cerrado: {why}{(spent is null ? "" : $", gastado {spent}")}";

    public override string LoopClosedUndecidedReceipt(
        int loop,
        string how,
        string why,
        string? spent
    ) => $"Ciclo #{loop} {how}: {why}{(spent is null ? "" : $", gastado {spent}")}";

    public override string ClaimedReceipt(string who, int loop) => $"{who} reclamó el #{loop}";

    public override string AccountsMergedReceipt(
        string handle,
        string channel,
        string other,
        string otherChannel
    ) =>
        $"{handle} ({channel}) y {other} ({otherChannel}) ahora son un solo miembro: un voto, un lugar en los turnos.";

    public override string AccountsSplitReceipt(string handle) =>
        $"Las cuentas de {handle} vuelven a ser miembros distintos desde ahora; lo que hicieron queda registrado.";

    public override string NoQuorumReceipt(int required, int turnout, int eligible, string why) =>
        $"Sin decisión: no se alcanzó el quórum de {required} (votaron {turnout} de {eligible}; {why})";

    public override string NotAdoptedReceipt(int option, int objections, string reasons) =>
        $"No adoptada: la opción {option} recibió {Texts.Count(objections, "objeción", "objeciones")} ({reasons})";

    public override string DecidedReceipt(string choice) => $"Decidido: {choice}";

    public override string ChosenOption(int option, string text, string detail) =>
        $"opción {option}, {text} ({detail})";

    public override string AdoptedByConsent(int consented, string why) =>
        $"adoptada por consentimiento, sin objeciones ({consented} dieron su consentimiento; {why})";

    public override string WonVote(int votes, int turnout, string? tiedOptions, string why) =>
        $"{votes} de {Texts.Count(turnout, "voto", "votos")}{(tiedOptions is null ? "" : $"; empate entre {tiedOptions} resuelto por orden de propuesta")}; {why}";

    public override string VoteDeadlinePassed => "venció el plazo";

    public override string VoteClosedEarlyBy(string who) => $"{who} cerró la votación antes";

    public override string CheckReceipt(int mine, int quota, string text) =>
        $"revisión {mine}/{quota}: {text}";

    public override string LinkedReceipt(
        string chat,
        string others,
        string askedBy,
        string confirmedBy
    ) =>
        $"Se unió {chat} con {others}: un solo grupo. Lo pidió {askedBy} y lo confirmó {confirmedBy}.";

    public override string UnlinkedReceipt(string chat, string by) =>
        $"{chat} dejó el grupo (por {by}); sus recibos hasta ahora quedan en este registro.";

    public override string UndidReceipt(string move, long receipt) =>
        $"Se deshizo {move} (recibo #{receipt})";

    public override string RevertedOptionReceipt(int option, string by, string text, string why) =>
        $"Se revirtió la opción {option} de {by} ({text}). Motivo: {why}";

    public override string RevertedMoveReceipt(string move, string by, long receipt, string why) =>
        $"Se revirtió {move} de {by} (recibo #{receipt}). Motivo: {why}";

    public override string RunsOnFlowReceipt(string flow) => $"Sigue el flujo {flow}";

    public override string MovedToFlowReceipt(string flow) => $"Pasó al flujo {flow}";

    public override string DefaultFlowReceipt(string flow) =>
        $"Flujo por defecto para ciclos nuevos: {flow}";

    public override string AiOnReceipt =>
        "Decidido: activar los borradores con IA (sin objeciones en el plazo de consentimiento).";

    public override string AiOffReceipt => "Decidido: desactivar los borradores con IA.";

    public override string NoOptionsReceipt =>
        "Sin decisión: nadie propuso opciones antes del plazo";

    public override string PublishedReceipt(bool evidence) =>
        $"Decidido: publicar los recibos{(evidence ? " con enlaces de evidencia" : "")} (sin objeciones en el plazo de consentimiento).";

    public override string UnpublishedReceipt => "Decidido: retirar la página pública de recibos.";

    public override string OptionReceipt(int option, string text) => $"Opción {option}: {text}";

    public override string OptionFromDraftReceipt(
        int option,
        string text,
        string model,
        string prompt
    ) => $"Opción {option}: {text} (borrador con IA: {model}, prompt sha256 {prompt})";
}
