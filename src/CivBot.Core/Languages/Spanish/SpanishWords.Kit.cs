namespace CivBot.Core.Languages;

using CivBot.Core.Engine;

internal sealed partial class SpanishWords
{
    public override string KitSummaryTitle(int loop, bool closed, string problem) =>
        $"🧰 Kit del #{loop}{(closed ? "" : " (sigue abierto)")}: {problem}";

    public override string KitNoAsk => "(no hay pedido registrado)";

    public override string KitDecided(string decision) => $"Decidido: {decision}";

    public override string KitCost(string? costs) => $"Costo: {costs ?? "no se gastó nada"}";

    public override string KitOutcome(string outcome) => $"Resultado: {outcome}";

    public override string KitImprove(int loop, string? improvement) =>
        $"Mejorar: {improvement ?? $"nadie sugirió nada aún (/mejorar #{loop} <una cosa>)"}";

    public override string KitWhole(int loop) => $"El kit completo para copiar: /kit #{loop} full";

    public override string KitSpends(string amount, int spends) =>
        $"{amount} en {Texts.Count(spends, "gasto", "gastos")}";

    public override string KitChecks(int checks, int members) =>
        $"{Texts.Count(checks, "revisión", "revisiones")} de {Texts.Count(members, "miembro", "miembros")}";

    public override string KitAudit(bool confirmed, string note) =>
        $"auditoría {(confirmed ? "ok" : "con problemas")}: {note}";

    public override string KitTitle(int loop, bool closed) =>
        $"# Kit: ciclo #{loop}{(closed ? "" : " (sigue abierto: este kit es un borrador)")}";

    public override string KitHeading(KitSection section) =>
        "## "
        + section switch
        {
            KitSection.Problem => "El problema",
            KitSection.Tried => "Lo que se intentó",
            KitSection.Steps => "Pasos",
            KitSection.Cost => "Costo",
            KitSection.Outcome => "Resultado",
            KitSection.Improve => "Una cosa para mejorar",
            KitSection.Receipts => "Recibos",
            _ => "El flujo",
        };

    public override string KitDecision(string decision) => $"Decisión: {decision}";

    public override string KitNoOptions => "(no se registraron opciones)";

    public override string KitNoSteps => "(nadie registró un paso)";

    public override string KitNoMoney => "No se gastó dinero.";

    public override string KitNotDone => "(aún no se informó como hecho)";

    public override string KitNoImprovement(int loop) =>
        $"(nadie sugirió nada aún: /mejorar #{loop} <una cosa para hacer mejor>)";

    public override string KitFullTrail(int loop) =>
        $"Los roles, las votaciones abiertas y los cambios de fase están en el registro completo: /recibos #{loop}";

    public override string KitFlowUnknown =>
        "Este ciclo empezó antes de que CivBot guardara los flujos en los recibos; `/estado` lo nombraba mientras estaba abierto.";

    public override string KitRanOn(string label, string? hash) =>
        $"Este ciclo usó el flujo {label}{(hash is null ? "" : $", archivo {hash}…")}.";

    public override string KitCopyFlow(string id, bool hashed) =>
        $"Para repetir el ciclo, copia `{id}.yaml` de la carpeta de flujos del CivBot que lo usó (los flujos incluidos están en `flows/` de CivBot) a la tuya"
        + (
            hashed
                ? $"; si `sha256sum {id}.yaml` empieza con los mismos dígitos, es el mismo archivo"
                : ""
        )
        + ". `civbot flows validate` lo revisa.";
}
