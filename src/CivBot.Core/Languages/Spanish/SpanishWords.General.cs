namespace CivBot.Core.Languages;

using CivBot.Core.Flows;

internal sealed partial class SpanishWords
{
    public override string PrivateHint =>
        "Hola, soy CivBot, un bot. Para pedir ayuda a tu grupo, empieza con /pedir, p. ej. /pedir Necesito que me lleven al médico a las 17:00. /ayuda muestra el resto.";

    public override string UnknownCommand(string name, string? guess, string flowCommands) =>
        guess is not null ? $"No conozco /{name}. ¿Quisiste decir /{guess}? /ayuda muestra todo."
        : flowCommands.Length > 0
            ? $"No conozco /{name}. /ayuda muestra lo que sé hacer; /flujos, los ciclos de este grupo ({flowCommands})."
        : $"No conozco /{name}. /ayuda muestra lo que sé hacer.";

    public override string Welcome(string handle) =>
        $"¡Te damos la bienvenida, {handle}! Soy CivBot, un bot que ayuda a este grupo a convertir pedidos en acciones pequeñas con recibos. /ayuda explica cómo.";

    public override string About(int count, TimeUnit kind) =>
        (count, kind) switch
        {
            (<= 1, TimeUnit.Minute) => "cerca de un minuto",
            (<= 1, TimeUnit.Hour) => "cerca de una hora",
            (<= 1, TimeUnit.Day) => "cerca de un día",
            (<= 1, TimeUnit.Week) => "cerca de una semana",
            (_, TimeUnit.Minute) => $"cerca de {count} minutos",
            (_, TimeUnit.Hour) => $"cerca de {count} horas",
            (_, TimeUnit.Day) => $"cerca de {count} días",
            _ => $"cerca de {count} semanas",
        };

    public override string PhaseName(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "Escuchar",
            PhaseKind.Deliberate => "Deliberar",
            PhaseKind.Do => "Hacer",
            PhaseKind.Collect => "Reunir",
            PhaseKind.Audit => "Auditar",
            _ => kind.ToString(),
        };

    public override string PhaseMeaning(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen => "oír la necesidad e ideas",
            PhaseKind.Deliberate => "elegir qué hacer",
            PhaseKind.Do => "llevar a cabo lo decidido",
            PhaseKind.Collect => "todos envían sus revisiones",
            PhaseKind.Audit => "alguien independiente revisa los recibos",
            _ => "",
        };

    public override string WhatNow(PhaseKind kind) =>
        kind switch
        {
            PhaseKind.Listen =>
                "Agrega contexto con /agregar, apóyalo con +1, propón opciones con /proponer; quien coordina avanza con /siguiente.",
            PhaseKind.Deliberate =>
                "Propón con /proponer; quien coordina abre la votación con /votar; luego /votar <n>.",
            PhaseKind.Do =>
                "Quienes lo hacen usan /reclamar, anotan /gasto y avances (/agregar), y avisan con /hecho <resultado>.",
            PhaseKind.Collect => "Envía tus revisiones con /revisar <lo que revisaste>.",
            PhaseKind.Audit =>
                "Quien audita revisa los recibos y responde /auditar bien <nota> o /auditar problema <qué está mal>.",
            _ => "",
        };

    public override string Members => "los miembros";

    public override string TheAsker(string handle) => $"quien pidió ({handle})";

    public override string TheSteward(string handle) => $"quien coordina ({handle})";

    public override string TheStewardRole => "quien coordina";

    public override string NoBuilderYet => "quien lo haga (nadie lo reclamó aún: /reclamar)";

    public override string TheBuilders(string handles) => $"quienes lo hacen ({handles})";

    public override string TheAuditor(string handle) => $"quien audita ({handle})";

    public override string Someone => "alguien";

    public override string NobodyYet => "nadie aún";

    public override string VoteKindName(VoteKind kind) =>
        kind switch
        {
            VoteKind.Single => "una opción",
            VoteKind.Approval => "aprobación",
            VoteKind.Consent => "consentimiento",
            _ => kind.ToString(),
        };

    public override string VoteUsage(VoteKind kind, int loop, int options, int consentOption) =>
        kind switch
        {
            VoteKind.Approval =>
                $"Vota con los números que apruebas, p. ej. /votar #{loop} 1 3 (opciones 1 a {options}).",
            VoteKind.Consent =>
                $"Da tu consentimiento con /votar #{loop} {consentOption}, u objeta con /objetar #{loop} <motivo>.",
            _ when options == 1 => $"Vota con /votar #{loop} 1.",
            _ => $"Vota con un número del 1 al {options}, p. ej. /votar #{loop} 1.",
        };

    public override string LoopOpened(
        int loop,
        string asker,
        string ask,
        string? steward,
        PhaseKind phase,
        Moment deadline
    ) =>
        $"📣 Nuevo pedido #{loop} de {asker}: {ask}\n"
        + (
            steward is null
                ? "Aún nadie está libre para coordinarlo. "
                : $"Coordina: {steward} (por turno; lo impulsa). "
        )
        + $"{PhaseName(phase)} ({PhaseMeaning(phase)}) termina {When(deadline)}. Suma contexto con /agregar #{loop}, apoya con +1 o /proponer #{loop} <opción>.";

    public override string StewardPicked(int loop, string ask) =>
        $"Coordinas el #{loop}: {ask}. Que sea simple y justo: /siguiente lo avanza, /votar abre la votación, /deshacer revierte tu último paso. ¿No puedes? /ceder #{loop} lo pasa a otra persona.";

    public override string ButtonGone =>
        "Ese botón ya no está activo. /estado muestra lo que está abierto ahora.";

    public override string AttachmentWithoutLoop =>
        "Recibí tu archivo. Para sumarlo a un ciclo, envíalo otra vez con un texto como \"/agregar #1 foto del recibo\".";

    public override string NoVoteOpen =>
        "No hay ninguna votación abierta ahora. /estado muestra cómo van las cosas.";

    public override string SeveralVotesOpen(int loop, string numbers) =>
        $"Hay varias votaciones abiertas; di cuál, p. ej. /votar #{loop} {numbers}.";

    public override string LoopIsClosed(int loop) =>
        $"El ciclo #{loop} está cerrado. Sus recibos: /recibos #{loop} · su kit: /kit #{loop}";

    public override string NoSuchLoopYet(int loop, string openNow) =>
        $"Aún no hay un ciclo #{loop}. {openNow}";

    public override string NoLoopOpenStartOne =>
        "No hay ningún ciclo abierto ahora. Empieza uno con /pedir <lo que necesitas>.";

    public override string SayWhichLoop(string example, string openNow) =>
        $"Hay varios ciclos abiertos, así que di cuál, p. ej. {example}. {openNow}";

    public override string OpenNow(string loops) => $"Abiertos ahora: {loops}";

    public override string LanguageIs(string name, bool forYou, string codes) =>
        forYou
            ? $"Te escribo en {name}. Para cambiarlo: /idioma y uno de {codes}, p. ej. /idioma en."
            : $"Este grupo me lee en {name}. Para cambiarlo: /idioma y uno de {codes}, p. ej. /idioma en.";

    public override string LanguageUnknown(string what, string codes) =>
        $"Aún no hablo \"{what}\". Elige uno de {codes}, p. ej. /idioma es.";

    public override string LanguageSetForYou() =>
        "Listo: te escribiré en español. /idioma en cambia a inglés.";

    public override string LanguageSetForGroup(string who) =>
        $"🗣 {who} puso el idioma del grupo en español. /ayuda muestra lo que sé hacer.";

    public override string TimeZoneIs(string zone, string localNow) =>
        $"Aquí las horas se muestran en {zone} (allí: {localNow}). Para cambiarla: /zonahoraria America/Mexico_City u otro nombre IANA.";

    public override string TimeZoneUnknown(string what) =>
        $"No conozco la zona horaria \"{what}\". Usa un nombre IANA como America/Mexico_City, America/Bogota o Europe/Madrid.";

    public override string TimeZoneSet(string who, string zone, string localNow) =>
        $"🕒 {who} puso la zona horaria del grupo en {zone}: allí: {localNow}, y los plazos se muestran en esa hora.";
}
