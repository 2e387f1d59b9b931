namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string Deed(Deed deed) =>
        deed switch
        {
            Languages.Deed.AddToIt => "agregar algo",
            Languages.Deed.ProposeOptions or Languages.Deed.ProposingOptions => "proponer opciones",
            Languages.Deed.OpenTheVote => "abrir la votación",
            Languages.Deed.TheVote => "la votación",
            Languages.Deed.Vote => "votar",
            Languages.Deed.Object => "objetar",
            Languages.Deed.ClaimTheWork or Languages.Deed.ClaimingTheWork => "reclamar la tarea",
            Languages.Deed.RecordSpends or Languages.Deed.RecordingSpends => "anotar gastos",
            Languages.Deed.ReportItDone or Languages.Deed.ReportingDone => "avisar que está hecho",
            Languages.Deed.AuditIt or Languages.Deed.Auditing => "auditar",
            Languages.Deed.SendChecks or Languages.Deed.SendingChecks => "enviar revisiones",
            Languages.Deed.MoveItAlong => "avanzarlo",
            Languages.Deed.RevertSomeonesOption => "revertir la opción de otra persona",
            Languages.Deed.RevertSomeonesMove => "revertir el paso de otra persona",
            _ => deed.ToString(),
        };

    public override string OptedOutCannotTakePart =>
        "Te saliste de este grupo, así que ahora no puedes participar. /aceptar group te trae de vuelta.";

    public override string OnlyThey(string who, Deed deed, int loop) =>
        $"Solo {who} puede {Deed(deed)} en el #{loop}. /roles muestra quién tiene cada rol.";

    public override string WrongPhase(int loop, PhaseKind now, Deed deed, string phases) =>
        $"El #{loop} está en {PhaseName(now)} ahora, y {Deed(deed)} corresponde a {phases}. {WhatNow(now)}";

    public override string VoteNotOpenYet(
        int loop,
        string opener,
        Moment? opensBySelf,
        string? numbers
    ) =>
        $"La votación del #{loop} aún no está abierta: la abre {opener} cuando estén las opciones"
        + (opensBySelf is { } m ? $" (o se abre sola {When(m)})" : "")
        + (
            numbers is not null
                ? $". Luego envía /votar #{loop} {numbers} otra vez"
                : $". Luego vota con /votar #{loop} <número>"
        )
        + "; publicaré la boleta aquí.";

    public override string VoteOnceOpen(int loop) =>
        $"(Cuando esté abierta, vota con /votar #{loop} <número>.)";

    public override string NothingToVoteOn(int loop) =>
        $"Aún no hay nada que votar. Los miembros proponen opciones con /proponer #{loop} <opción>.";

    public override string ConsentNeedsOne(int loop, int options) =>
        $"Una votación por consentimiento decide una sola propuesta, y el #{loop} tiene {options}. Elige cuál: /votar #{loop} <número de opción>.";

    public override string NotAnOption(string what, int loop) =>
        $"\"{what}\" no es una opción del #{loop}.";

    public override string SingleChoiceOnly(int loop, int first) =>
        $"Esta votación es de una sola opción: elige una, p. ej. /votar #{loop} {first}.";

    public override string ConsentOnlyAbout(int loop, int option) =>
        $"Esta votación por consentimiento es solo sobre la opción {option}. Da tu consentimiento con /votar #{loop} {option}, u objeta con /objetar #{loop} <motivo>.";

    public override string VoteRecorded(bool changed, int loop, string chosen, Moment closes) =>
        $"{(changed ? "Cambié" : "Recibí")} tu voto en el #{loop}: {chosen}. Puedes cambiarlo hasta que cierre la votación {When(closes)}.";

    public override string NoConsentVote(int loop) =>
        $"No hay una votación por consentimiento abierta en el #{loop}. Puedes decir qué te preocupa con /agregar #{loop} <tu inquietud>.";

    public override string NotAConsentVote(int loop, VoteKind kind) =>
        $"La votación del #{loop} es de tipo {VoteKindName(kind)}: vota por la opción que prefieras con /votar #{loop} <número>.";

    public override string ObjectionNeedsReason(int loop) =>
        $"Por favor, da un motivo para que el grupo pueda atenderlo: /objetar #{loop} <motivo>.";

    public override string Objects(string who, int option, int loop, string reason) =>
        $"✋ {who} objeta la opción {option} del #{loop}: {reason}. ¿Puede el grupo atenderlo antes de que cierre el plazo?";

    public override string ObjectionRecorded(int option, int loop) =>
        $"Tu objeción a la opción {option} del #{loop} quedó anotada. Puedes retirarla dando tu consentimiento con /votar #{loop} {option} antes de que cierre el plazo.";

    public override string NoQuorum(int loop, int turnout, int required) =>
        $"La votación del #{loop} no alcanzó el quórum ({turnout} de los {required} necesarios).";

    public override string Tied(string options, int loop, int votes, int winner) =>
        $"⚖️ Las opciones {options} del #{loop} empataron con {Engine.Texts.Count(votes, "voto", "votos")} cada una. El empate lo gana la propuesta primero, así que gana la opción {winner}.";

    public override string Decision(int loop, string decision) =>
        $"Decisión sobre el #{loop}: {decision}";

    public override string DecisionOnYourAsk(int loop, string decision) =>
        $"Decisión sobre tu pedido #{loop}: {decision}";

    public override string VoteHeader(bool closed, int loop, VoteKind kind, Moment? closes) =>
        $"{(closed ? "🗳 Votación cerrada del #" : "🗳 Votación del #")}{loop} ({VoteKindName(kind)})"
        + (closes is { } m ? $", cierra {When(m)}" : "");

    public override string Proposal => "Propuesta";

    public override string ConsentTally(int consent, int objections) =>
        $"✅ {consent} a favor · ✋ {objections} en contra";

    public override string PassesUnlessObjection(int loop) =>
        $" · se aprueba si nadie objeta: /objetar #{loop} <motivo>";

    public override string ConsentButton => "✅ De acuerdo";

    public override string Turnout(int voted, int eligible, int quorum) =>
        $"{voted} de {eligible} votaron · quórum {quorum}";

    public override string ApproveHint(int loop) =>
        $" · aprueba todas las que te sirvan: /votar #{loop} 1 3";

    public override string SingleHint(int loop) => $" · /votar #{loop} <número>";

    public override string ReplyToConsent(int option) => $"Responde {option} si estás de acuerdo";

    public override string ReplyWith(string numbers) => $"Responde {numbers}";

    public override string VoteOnYourAsk(int loop, Moment closes) =>
        $"Votación de tu pedido #{loop}, cierra {When(closes)}:";

    public override string ReplyApprove => "Responde con los números que apruebas, p. ej. 1 3";

    public override string ReplyConsentOrObject(int option) =>
        $"Responde {option} si estás de acuerdo, u \"objetar <motivo>\"";
}
