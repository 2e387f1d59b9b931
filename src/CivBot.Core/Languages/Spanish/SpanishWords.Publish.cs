namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class SpanishWords
{
    public override string AlreadyPublished =>
        "Los recibos ya son públicos. Para cambiar la dirección o la evidencia, quien coordina quita la página con /despublicar y luego /publicar otra vez.";

    public override string PublishVoteAlreadyOpen(Moment passes) =>
        $"Ya hay una votación para publicar; se aprueba {When(passes)} salvo que alguien objete con /objetar publicar <motivo>.";

    public override string PublishUsage =>
        "Uso: /publicar [nombre] [evidencia]. El nombre (3–40 de a-z, 0-9 y -) hace legible la dirección; sin él, la dirección no se puede adivinar. \"evidencia\" publica también los enlaces de evidencia.";

    public override string PublishWhat(string? slug, bool evidence) =>
        $"publicar los recibos del grupo en una página web pública{(slug is null ? " con una dirección imposible de adivinar" : $" en /g/{slug}")}, {(evidence ? "con" : "sin")} enlaces de evidencia; solo nombres, nunca números de teléfono";

    public override string PublishWhy =>
        "Así cualquiera puede revisar los recibos desde un navegador.";

    public override string NotPublished =>
        "Los recibos no están publicados, así que no hay nada que quitar.";

    public override string OnlyStewardUnpublishes =>
        "Solo quien coordina o un admin del chat puede quitar la página (quien coordina un ciclo abierto, o el último si no hay ninguno).";

    public override string Unpublished(string who) =>
        $"{who} quitó la página pública de recibos. Ya no está en línea; /publicar le pide al grupo volver a ponerla.";

    public override string GroupVoteOpened(
        string who,
        string what,
        string why,
        Moment passes,
        string word
    ) =>
        $"🗳 {who} propone {what}. {why} Se aprueba {When(passes)} salvo que alguien objete: /objetar {word} <motivo>.";

    public override string NoGroupVoteOn(GroupVoteSubject named, GroupVoteSubject open) =>
        $"No hay una votación abierta sobre {(named == GroupVoteSubject.Publish ? "publicar" : "borradores de IA")}. La votación abierta es sobre {(open == GroupVoteSubject.Publish ? "publicar: /objetar publicar <motivo>" : "borradores de IA: /objetar ai <motivo>")}.";

    public override string GroupObjectionNeedsReason(string word) =>
        $"Por favor da un motivo, para que el grupo pueda atenderlo: /objetar {word} <motivo>.";

    public override string GroupVoteStopped(GroupVoteSubject subject, string who, string why) =>
        subject == GroupVoteSubject.Publish
            ? $"Los recibos siguen privados: {who} objetó ({why}). Cualquiera puede volver a proponerlo con /publicar."
            : $"Los borradores de IA siguen apagados: {who} objetó ({why}). Cualquiera puede volver a proponerlo con /ai on.";
}
