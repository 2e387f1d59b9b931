namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string MoveName(Undoable move, string detail) =>
        move switch
        {
            Undoable.Note => "una nota",
            Undoable.ProgressNote => "un avance",
            Undoable.Option => $"la opción {detail}",
            Undoable.Claim => $"el reclamo de {detail}",
            Undoable.Spend => $"el gasto de {detail}",
            Undoable.ReportingDone => "el aviso de hecho",
            Undoable.PhaseMove => $"el paso a {detail}",
            _ => "la apertura de la votación",
        };

    public override string NothingToUndo(int loop) =>
        $"No hay nada en el #{loop} que pueda deshacer. Votos, decisiones y auditorías nunca se deshacen; quedan en el registro. /estado #{loop} muestra cómo va.";

    public override string NoneOfYoursToUndo(int loop, string steward) =>
        $"/deshacer revierte solo tu propio último paso, y no tienes ninguno en el #{loop}. Para revertir el de otra persona, {steward} lo nombra con un motivo, p. ej. /deshacer #{loop} opcion 2 repite la opción 1.";

    public override string OthersMovedSince(int loop, string move, string steward) =>
        $"Otras personas actuaron en el #{loop} después de {move}, y deshacerlo ahora desharía lo suyo también. Di en el grupo qué debería cambiar, o pregunta a {steward}.";

    public override string UndidLatest(string who, string move, int loop, long receipt) =>
        $"↩️ {who} deshizo {move} en el #{loop}. Sigue en el registro como recibo #{receipt}, ahora marcado como deshecho.";

    public override string UndidAlone(
        string who,
        string move,
        int loop,
        long receipt,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} deshizo {move} en el #{loop}. Sigue en el registro como recibo #{receipt}, ahora marcado como deshecho (recibo #{undoReceipt}).{options}";

    public override string OptionsLeft(string options) => $"Opciones ahora: {options}";

    public override string NoOptionsLeft => "Ya no hay opciones: /proponer <opción>.";

    public override string NoOptionsToRevert(int loop) =>
        $"El #{loop} no tiene opciones para revertir.";

    public override string WhichOptionToRevert(int loop, int options) =>
        $"¿Cuál opción? El #{loop} tiene opciones de 1 a {options}: /deshacer #{loop} opcion <número> <motivo>.";

    public override string SayWhyRevertOption(int loop, int option) =>
        $"Por favor di por qué, para que el grupo y quien la propuso lo vean: /deshacer #{loop} opcion {option} repite la opción 1.";

    public override string OptionsStayDuringVote(int loop, int option) =>
        $"La votación del #{loop} está abierta, así que sus opciones quedan como están. Si la opción {option} no debería ganar, dilo en el grupo antes de que cierre.";

    public override string RevertedOption(
        string who,
        int option,
        int loop,
        string author,
        string text,
        string reason,
        long? kept,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} revirtió la opción {option} del #{loop} ({author}: {text}). Motivo: {reason}. Sigue en el registro{(kept is { } k ? $" como recibo #{k}" : "")}, ahora marcada como revertida (recibo #{undoReceipt}).{options}";

    public override string YourOptionTakenOff(string who, int loop, string text, string reason) =>
        $"{who}, quien coordina el #{loop}, quitó tu opción \"{text}\" de la lista: {reason}. Sigue en el registro. Si no estás de acuerdo, dilo en el grupo; también puedes volver a proponer con /proponer #{loop} <opción>.";

    public override string NotARevertableReceipt(string receipt, int loop) =>
        $"El recibo {receipt} no es un paso de esta fase del #{loop} que pueda revertir. Los últimos 50 pasos de la fase (notas, opciones, reclamos y gastos) sí; votos, decisiones y auditorías nunca. /recibos #{loop} muestra los números.";

    public override string SayWhyRevertReceipt(int loop, long receipt) =>
        $"Por favor di por qué, para que el grupo y su autor lo vean: /deshacer #{loop} recibo {receipt} se pagó dos veces.";

    public override string CantRevertAlone(long receipt, string move) =>
        $"El recibo #{receipt} ({move}) ya no se puede revertir por sí solo. Di en el grupo qué debería cambiar.";

    public override string RevertedMove(
        string who,
        string move,
        string author,
        int loop,
        string reason,
        long receipt,
        long undoReceipt,
        string options
    ) =>
        $"↩️ {who} revirtió {move} de {author} en el #{loop}. Motivo: {reason}. Sigue en el registro como recibo #{receipt}, ahora marcado como revertido (recibo #{undoReceipt}).{options}";

    public override string YourMoveReverted(
        string who,
        int loop,
        string move,
        long receipt,
        string reason
    ) =>
        $"{who}, quien coordina el #{loop}, revirtió {move} (recibo #{receipt}): {reason}. Sigue en el registro. Si no estás de acuerdo, dilo en el grupo.";
}
