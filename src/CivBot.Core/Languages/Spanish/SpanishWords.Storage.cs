namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    // The SMS text avoids á, í, ó and ú: one of them would make the whole text UCS-2.
    public override string UnknownGroup(bool sms) =>
        "Hola, soy CivBot, un bot que ayuda a grupos a actuar juntos ante pedidos. "
        + (
            sms
                ? "Para unirte a tu grupo, manda UNIRME y su clave (en el chat del grupo cualquiera la pide con /smscode). Manda PARAR para dejar de recibir mensajes."
                : "Aún no conozco tu grupo: primero escribe /ayuda en el chat de tu grupo y luego podrás escribirme aquí."
        );

    public override string SomethingWentWrong =>
        "Perdón, algo salió mal al procesar eso. Quedó registrado; inténtalo de nuevo o escribe /ayuda.";

    public override string NoSuchLoopInGroup(int loop) =>
        $"Aún no hay un ciclo #{loop} en este grupo. /estado muestra los abiertos.";
}
