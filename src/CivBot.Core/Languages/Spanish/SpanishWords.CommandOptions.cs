namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    protected override IReadOnlyDictionary<string, string> ChoiceNames { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["audit.verdict.ok"] = "bien",
            ["audit.verdict.flag"] = "problema",
            ["ai.switch.on"] = "activar",
            ["ai.switch.off"] = "desactivar",
        };

    protected override IReadOnlyDictionary<string, string> OptionDescriptions { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["loop"] = "Qué ciclo (#N); si lo dejas vacío, el último abierto",
            ["ask.need"] = "Qué hace falta",
            ["add.text"] = "El contexto o el enlace",
            ["propose.option"] = "Tu propuesta",
            ["vote.choice"] = "El número de la opción",
            ["object.reason"] = "Por qué",
            ["spend.amount"] = "Cuánto, p. ej. 6,40",
            ["spend.currency"] = "p. ej. USD",
            ["spend.what"] = "Qué se pagó",
            ["done.outcome"] = "Qué pasó",
            ["audit.verdict"] = "ok (bien) o flag (problema)",
            ["audit.note"] = "Tu nota o el problema",
            ["check.what"] = "Qué revisaste",
            ["optout.what"] = "El nombre de un rol, o group",
            ["optin.what"] = "El nombre de un rol, o group",
            ["name.name"] = "Tu nombre",
            ["join.code"] = "La clave para unirte",
            ["withdraw.why"] = "Por qué, en pocas palabras",
            ["improve.text"] = "Qué hacer mejor",
            ["timezone.zone"] = "Un nombre IANA, p. ej. America/Mexico_City",
            ["flow.id"] = "El id de un flujo de /flows, p. ej. urgent-ride",
            ["flow-command.need"] = "Qué hace falta (vacío: mueve tu pedido nuevo a este flujo)",
            ["publish.options"] = "Opcional: un nombre legible y/o evidencia",
            ["ai.switch"] = "on u off",
            ["link.code"] = "Vacío para una clave nueva; la clave del otro chat; o confirmar",
            ["me.action"] = "link, link <clave>, o unlink",
            ["language.code"] = "en o es",
        };
}
