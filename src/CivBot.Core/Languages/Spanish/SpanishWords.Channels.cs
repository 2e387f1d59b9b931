namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string ButtonVoteRecorded(string loop, string option) =>
        $"Recibí tu voto por la opción {option} en el #{loop}";

    public override string GotIt => "Recibido";

    public override string GotCommand(string command) => $"Recibido: {command}";

    public override string FlowCommandDescription(string title) =>
        $"Abre un ciclo con el flujo {title}";

    protected override IReadOnlyDictionary<string, string> CommandDescriptions { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ask"] = "Abre un ciclo para una necesidad",
            ["add"] = "Agrega contexto o un enlace a un ciclo",
            ["propose"] = "Propone una opción",
            ["vote"] = "Abre la votación, o vota por una opción",
            ["object"] = "Objeta en una votación por consentimiento",
            ["claim"] = "Ofrécete para hacerlo",
            ["spend"] = "Registra un gasto",
            ["done"] = "Avisa que está hecho",
            ["audit"] = "Audita un ciclo (ok o flag)",
            ["check"] = "Envía una revisión",
            ["next"] = "Pasa un ciclo a su siguiente fase (coordinación)",
            ["undo"] = "Deshace el último paso reversible (coordinación)",
            ["status"] = "Los ciclos abiertos y cómo van",
            ["roles"] = "Quién tiene cada rol y a quién le toca",
            ["receipts"] = "El registro de recibos",
            ["verify"] = "Revisa que nadie editó la cadena de recibos",
            ["kit"] = "El kit de un ciclo cerrado",
            ["optout"] = "Deja un rol, o los ciclos del grupo (sin roles ni avisos)",
            ["optin"] = "Vuelve a un rol o al grupo",
            ["name"] = "Elige el nombre con que CivBot te llama",
            ["join"] = "Únete a un grupo con su clave",
            ["smscode"] = "La clave que mandan por SMS para unirse a este grupo",
            ["withdraw"] = "Termina tu pedido cuando ya no haga falta",
            ["handoff"] = "Pasa tu rol en un ciclo a quien sigue por turno",
            ["improve"] = "Algo para hacer mejor la próxima vez (va al kit)",
            ["timezone"] = "Muestra los plazos en tu zona horaria",
            ["language"] = "Elige el idioma en que CivBot habla aquí",
            ["flows"] = "Los flujos que este grupo puede usar",
            ["flow"] = "Elige el flujo con que empiezan los ciclos nuevos",
            ["publish"] = "Propone una página pública de recibos (decide el grupo)",
            ["unpublish"] = "Quita la página pública de recibos",
            ["ai"] = "Borradores con IA: on (decide el grupo), off (coordinación) o cómo están",
            ["draft"] = "Un borrador con IA de un ciclo, revisado con los recibos; no es un recibo",
            ["link"] = "Vincula otro chat a este grupo (admins)",
            ["links"] = "Los chats que abarca este grupo",
            ["unlink"] = "Saca este chat de un grupo vinculado (admins)",
            ["me"] = "Tus cuentas de dos canales como un solo miembro",
            ["help"] = "Lo que CivBot sabe hacer",
        };

    protected override IReadOnlyDictionary<string, string> CommandArguments { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ask"] = "<necesidad>",
            ["propose"] = "<opción>",
            ["vote"] = "<n>",
            ["object"] = "<motivo>",
            ["spend"] = "<monto> <moneda> <qué>",
            ["done"] = "<resultado>",
            ["audit"] = "ok|flag <nota>",
            ["check"] = "<qué>",
            ["receipts"] = "[#N]",
            ["kit"] = "[#N]",
            ["optout"] = "<rol|group>",
            ["name"] = "<nombre>",
            ["join"] = "<clave>",
            ["withdraw"] = "<motivo>",
            ["improve"] = "<texto>",
            ["timezone"] = "America/Mexico_City",
            ["language"] = "en",
            ["flow"] = "<id>",
            ["draft"] = "[#N]",
            ["link"] = "[clave|confirm]",
            ["me"] = "link [clave] | unlink",
        };
}
