namespace CivBot.Core.Languages;

using CivBot.Core.Ai;

internal sealed partial class SpanishWords
{
    public override string AiNotSetUp =>
        "Los borradores de IA no están configurados aquí (el servidor no tiene un modelo de IA). Todo lo demás funciona igual: /ayuda.";

    public override string AiOff =>
        "Los borradores de IA están apagados en este grupo. Cualquiera puede proponer encenderlos con /ai on; el grupo decide.";

    public override string AiOn(string model) =>
        $"Los borradores de IA están encendidos ({model}). /borrador [#N] pide un resumen y opciones; quien coordina los apaga con /ai off.";

    public override string AiVoteOpen =>
        "Hay una votación abierta sobre los borradores de IA. /objetar ai <motivo> para detenerla.";

    public override string AiVoteWhat(string model) =>
        $"encender los borradores de IA: /borrador enviaría los recibos de un ciclo (nombres y textos anotados, nunca números de teléfono) a {model}";

    public override string AiVoteWhy =>
        "Los borradores se comparan antes con los recibos y solo cuentan cuando alguien adopta uno.";

    public override string AiTurnedOn =>
        "Los borradores de IA están encendidos. /borrador [#N] pide un resumen y hasta 3 opciones, comparados con los recibos.";

    public override string AiAlreadyOn =>
        "Los borradores de IA ya están encendidos aquí. /borrador [#N] pide uno.";

    public override string AiVoteAlreadyOpen(Moment passes) =>
        $"Ya hay una votación sobre los borradores de IA; se aprueba {When(passes)} salvo que alguien objete con /objetar ai <motivo>.";

    public override string AiAlreadyOff =>
        "Los borradores de IA ya están apagados aquí. Cualquiera puede proponerlos con /ai on.";

    public override string OnlyStewardTurnsAiOff =>
        "Solo quien coordina o un admin del chat puede apagar los borradores de IA (quien coordina un ciclo abierto, o el último si no hay ninguno).";

    public override string AiTurnedOff(string who) =>
        $"{who} apagó los borradores de IA. Cualquiera puede volver a proponerlos con /ai on.";

    public override string DraftAsked(int loop) =>
        $"Le pido a la IA un borrador del #{loop}. Se compara con los recibos antes de que alguien lo vea.";

    public override string DraftOnItsWay(int loop) =>
        $"Ya viene un borrador del #{loop}; uno a la vez por grupo.";

    public override string DraftTooSoon(Moment again) =>
        $"Un borrador cada pocos minutos por grupo: prueba /borrador otra vez {When(again)}.";

    public override string DraftFailed(int loop, DraftFailure failure) =>
        failure switch
        {
            DraftFailure.TimedOut =>
                $"La IA tardó demasiado con el #{loop}, así que no hay borrador. Prueba /borrador #{loop} más tarde.",
            DraftFailure.Unavailable =>
                $"No pude comunicarme con la IA para el #{loop}, así que no hay borrador. Prueba /borrador #{loop} más tarde.",
            _ =>
                $"El borrador de IA del #{loop} no era confiable (no coincidía con los recibos), así que no se muestra. Prueba /borrador #{loop} otra vez.",
        };

    public override string DraftHead(int loop) => $"📝 BORRADOR — IA, no es un recibo · #{loop}";

    public override string DraftOptions => "Opciones:";

    public override string DraftHowToAdopt =>
        "Para usar una: /proponer borrador <número>. Nada cuenta hasta que alguien lo haga.";

    public override string DraftWithoutOptions =>
        "El borrador no trae opciones. Propón la tuya con /proponer <opción>.";

    public override string ProposeThisButton(int option) => $"Proponer esta ({option})";

    public override string NotTheLatestDraft(int loop) =>
        $"Ese no es el último borrador. El último es del #{loop}: /proponer borrador 1 adopta su primera opción.";

    public override string NoDraftToAdopt =>
        "No hay un borrador de IA para adoptar ahora. /borrador pide uno.";

    public override string DraftHasNoOptions =>
        "El borrador no tiene opciones. Propón la tuya con /proponer <opción>.";

    public override string DraftOptionsRange(int options) =>
        $"El borrador tiene opciones de 1 a {options}: /proponer borrador 1 adopta la primera.";
}
