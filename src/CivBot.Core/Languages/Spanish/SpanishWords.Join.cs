namespace CivBot.Core.Languages;

// What goes out by SMS avoids á, í, ó and ú (GSM-7 lacks them, and one would make the whole text UCS-2): é, ñ, ¿ and ¡
// are fine.
internal sealed partial class SpanishWords
{
    public override string HowToJoin(string code) =>
        $"Para participar por SMS, manda UNIRME {code} al CivBot de este grupo. Tu teléfono queda privado: el grupo solo ve el nombre que elijas con NOMBRE <nombre>.";

    public override string JoinWelcome(string handle) =>
        $"¡Hola! Soy CivBot, un bot. Te uniste al grupo como {handle}; manda NOMBRE <tu nombre> para cambiarlo. Para pedir ayuda manda PEDIR y lo que necesitas. PARAR para salir.";

    public override string JoinedBySms(string handle) => $"👋 {handle} se unió por SMS.";

    public override string JoinNoCode =>
        "Manda UNIRME y la clave de tu grupo, p. ej. UNIRME K7QX2M. Cualquiera en el chat del grupo puede pedirla con /smscode.";

    public override string JoinWrongCode =>
        "Esa clave no coincide. Confirma la clave con tu grupo (cualquiera puede usar /smscode) y prueba de nuevo.";

    public override string NameMissing =>
        "Manda NOMBRE y el nombre que quieres que vean, p. ej. NOMBRE Dana.";

    public override string NameRefused(string why, string variant, bool sms) =>
        $"Ese nombre no se puede usar: {why}. ¿Qué tal {variant}? {(sms ? $"Manda NOMBRE {variant}" : $"Escribe /nombre {variant}")} para tomarlo.";

    public override string Named(string handle) => $"Gracias, ahora te ven como {handle}.";

    public override string MeUsage =>
        "/me link te da una clave; /me link <clave> desde tu otra cuenta une las dos en un solo miembro; /me unlink las vuelve a separar.";

    public override string MeYourCode(string code) =>
        $"🔗 Tu clave de cuenta: {code}. Desde tu otra cuenta (otro canal), envía /me link {code} dentro de 15 minutos para ser un solo miembro.";

    public override string MeCodeSent =>
        "🔗 Te envié una clave de cuenta en privado; sirve una vez, por 15 minutos. Si no llegó nada, escríbeme en privado primero.";

    public override string MeWrongCode =>
        "Esa clave de cuenta está mal, ya se usó o venció. Pide una nueva con /me link desde tu otra cuenta.";

    public override string MeAlreadyOne =>
        "Estas cuentas ya son un solo miembro. /me unlink las separa.";

    public override string MeBusy =>
        "Esta cuenta tiene un rol o un voto en un ciclo abierto. Prueba de nuevo cuando esos ciclos cierren, para que nada cuente dos veces.";

    public override string MeMerged(string handle) =>
        $"Listo: las dos cuentas ahora son {handle}, con un voto y un lugar en los turnos. /me unlink las vuelve a separar.";

    public override string MeNotMerged =>
        "Esta cuenta no está unida a otra. /me link te da una clave para unirlas.";

    public override string MeSplit =>
        "Tus cuentas vuelven a ser miembros separados desde el próximo ciclo; lo que hiciste queda registrado.";
}
