namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string AskWhat(string command) =>
        $"¿Qué necesitas? Escríbelo después del comando, p. ej. /{Command(command)} Necesito que me lleven a la clínica de la calle Main antes de las 17:00";

    public override string AskTooLong(int max, int length) =>
        $"Por favor, escribe el pedido en menos de {max} caracteres (este tiene {length}). Agrega los detalles con /agregar cuando esté abierto.";

    public override string OptedOutOfGroup =>
        "Te saliste de este grupo. /aceptar group te trae de vuelta; luego vuelve a pedir.";

    public override string FlowUnavailable =>
        "El flujo de este grupo no está disponible ahora, así que no puedo abrir un ciclo. Avísale a quien administra este bot.";

    public override string AskThanks(int loop, string asker) =>
        $"Gracias, tu pedido es el ciclo #{loop} y el grupo ya lo ve (con tu nombre {asker}). Te mantendré al tanto por aquí.";

    public override string AddWhat(int loop) =>
        $"¿Agregar qué? P. ej. /agregar #{loop} La clínica cierra a las 17:00 en punto, o envía una foto o un enlace.";

    public override string NoteTooLong(int max, int length) =>
        $"Por favor, que tenga menos de {max} caracteres (este tiene {length}); divídelo en varios /agregar.";

    public override string BeingAudited(int loop) =>
        $"El #{loop} está en auditoría. Quien audita anota lo que encuentra con /auditar bien o /auditar problema.";

    public override string Added(bool progress, int loop, string who, string text) =>
        $"{(progress ? "Avance" : "Agregado")} al #{loop} por {who}: {text}";

    public override string WhichLoopToSupport(int loop) =>
        $"¿Qué ciclo apoyas? P. ej. /agregar #{loop} +1";

    public override string AlreadySupport(int loop, int supporters) =>
        $"Ya apoyas el #{loop} ({supporters} en total).";

    public override string Supports(string who, int loop, int supporters) =>
        $"👍 {who} apoya el #{loop} ({supporters} en total).";

    public override string ProposeWhat(int loop) =>
        $"¿Proponer qué? P. ej. /proponer #{loop} Dan la lleva a las 16:00";

    public override string OptionTooLong =>
        "Por favor, que la opción tenga menos de 200 caracteres, para que todos lean la votación de un vistazo.";

    public override string NoOptionsDuringVote(int loop) =>
        $"La votación del #{loop} ya está abierta, así que las opciones nuevas deben esperar. Si termina sin decisión, puedes volver a proponer.";

    public override string OptionsFull =>
        "Una votación admite como máximo 9 opciones. Mejor suma a una de ellas con /agregar.";

    public override string OptionCap(int cap, int loop) =>
        $"Ya propusiste {Engine.Texts.Count(cap, "opción", "opciones")} en el #{loop}, el máximo por persona, para dejar lugar a otros. Suma a una con /agregar #{loop} <nota>, o retira una con /deshacer.";

    public override string OptionDuplicate => "Esa opción ya está en la lista.";

    public override string OptionProposed(
        int number,
        int loop,
        string who,
        string text,
        string? steward
    ) =>
        number == 1
            ? $"Opción 1 para el #{loop} de {who}: {text}\n{steward ?? "Quien coordina"} (coordina) abre la votación con /votar #{loop} cuando estén las opciones."
            : $"Opción {number} para el #{loop} de {who}: {text}";
}
