namespace CivBot.Sms;

/// <summary>
/// What the SMS channel says by itself. One GSM-7 segment each: every segment is paid for, and the Spanish texts avoid
/// the accented letters GSM-7 lacks (á, í, ó, ú), which would make the whole text UCS-2.
/// </summary>
public static class SmsTexts
{
    public const string Help =
        "CivBot, a bot for your group's asks: JOIN <code> to join, ASK <need> to ask, a digit to vote, STATUS, NAME <name>. STOP to stop.";

    /// <summary>Help in Spanish (AYUDA), with the Spanish command words (the English ones work too).</summary>
    public const string HelpEs =
        "CivBot, un bot para los pedidos de tu grupo: UNIRME <clave> para unirte, PEDIR <pedido> para pedir, 1 o 2 para votar, ESTADO, NOMBRE <nombre>. PARAR para salir.";

    /// <summary>
    /// The confirmation of a Spanish opt-out. Twilio confirms STOP itself but knows no Spanish word, so CivBot does:
    /// the person must learn it worked.
    /// </summary>
    public const string OptedOutEs =
        "CivBot: listo, te diste de baja y ya no te escribiremos. Para volver, responde ALTA.";

    /// <summary>The confirmation of a Spanish opt-in (ALTA).</summary>
    public const string OptedInEs =
        "CivBot: listo, te volveremos a escribir. Si antes mandaste STOP, manda START. Para salir: PARAR.";
}
