namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string WhatDoYouNeed(string command) =>
        $"¿Qué necesitas? Ponlo después del comando, p. ej. /{command} Necesito que me lleven al doctor antes de las 17:00";

    public override string AlreadyOnFlow(int loop, string flow) =>
        $"El #{loop} ya sigue el flujo {flow}. /estado #{loop} muestra cómo va.";

    public override string StartOn(string? command, string flowId) =>
        command is not null ? $"/{command} <necesidad>" : $"/flujo {flowId}, luego /pedir";

    public override string OnlyAskerMovesFlow(string asker, int loop, string flow, string start) =>
        $"Solo quien pidió ({asker}) puede pasar el #{loop} a {flow}. Para un ciclo nuevo con ese flujo: {start}";

    public override string TooFarAlongToSwitch(int loop, string window, string start) =>
        $"El #{loop} ya avanzó demasiado para cambiar de flujo (se puede en sus primeros {window}, antes de votar). Empieza un ciclo nuevo con {start}.";

    public override string SwitchedFlow(
        int loop,
        string flow,
        string timeline,
        PhaseKind phase,
        Moment deadline
    ) =>
        $"⏩ El #{loop} ahora sigue el flujo {flow}: {timeline} de principio a fin. Todo lo agregado se queda.\n"
        + $"{PhaseName(phase)} termina {When(deadline)}. Propón una opción con /proponer #{loop} <opción>.";

    public override string SwitchedFlowForYou(int loop, string flow, string timeline) =>
        $"Listo: el #{loop} ahora sigue el flujo {flow} ({timeline} de principio a fin). Te sigo avisando por este medio.";

    public override string SoundsUrgent(
        string asker,
        string? command,
        int loop,
        string flow,
        string timeline,
        string window
    ) =>
        $"⏱ Parece urgente. {asker}, {(command is null ? "el botón" : $"/{command}")} pasa el #{loop} a {flow}: {timeline} de principio a fin. Solo si quieres; sirve durante {window}.";

    public override string SwitchToFlowButton(string flow) => $"Cambiar a {flow}";

    public override string ReplyToSwitch(string word) =>
        $"Quien hizo el pedido puede responder {word} para cambiar.";

    public override string SoundsUrgentToYou(
        string command,
        string window,
        int loop,
        string flow,
        string timeline
    ) =>
        $"Parece urgente. Manda /{command} dentro de {window} para pasar el #{loop} a {flow} ({timeline} de principio a fin).";

    public override string FlowsHeader => "Flujos que este grupo puede usar:";

    public override string FlowLine(
        string title,
        string id,
        bool isDefault,
        string timeline,
        string start
    ) =>
        $"• {title} ({id}{(isDefault ? ", el de este grupo" : "")}): {timeline} de principio a fin. Para empezar: {start}";

    public override string FlowsFooter => "/flujo <id> cambia el flujo de los ciclos nuevos.";

    public override string NewLoopsRunOn(string? label) =>
        $"Los ciclos nuevos aquí siguen {label ?? "ningún flujo aún"}. /flujos muestra los otros; /flujo <id> lo cambia.";

    public override string NoSuchFlow(string what, string ids) =>
        $"No hay un flujo \"{what}\". Flujos aquí: {ids}. /flujos dice qué hace cada uno.";

    public override string OptedOutTryAgain =>
        "Saliste de este grupo. /aceptar group te trae de vuelta; luego prueba otra vez.";

    public override string StewardChangesFlow(string? stewards) =>
        $"Mientras haya ciclos abiertos, quien coordina ({stewards ?? "nadie aún"}) o un admin del chat cambia el flujo. Pídeselo, o mira las opciones con /flujos.";

    public override string AlreadyDefaultFlow(string flow) =>
        $"Los ciclos nuevos ya siguen {flow}. /flujos muestra los otros.";

    public override string FlowChosen(string flow, string timeline) =>
        $"Los ciclos nuevos aquí ahora siguen {flow}: {timeline} de principio a fin. Los ciclos abiertos siguen igual. Empieza uno con /pedir <necesidad>.";
}
