namespace CivBot.Core.Languages;

using CivBot.Core.Model;

internal sealed partial class SpanishWords
{
    public override string NobodyHoldsARole =>
        "No hay ciclos abiertos, así que ahora nadie tiene un rol.";

    public override string LoopRoles(
        int loop,
        string flow,
        string steward,
        string? builders,
        string auditor
    ) =>
        $"#{loop} ({flow}): coordina: {steward} · hacen: {builders ?? "nadie aún"} · audita: {auditor}";

    public override string NextUp(Role role, string? handle) =>
        $"{RoleName(role)}: {handle ?? "nadie disponible"}";

    public override string NextByRotation(string roles) => $"Siguientes por turno: {roles}";

    public override string OptedOutList(string members) => $"Fuera de turnos: {members}";

    public override string OutOfTheGroup(string handle) => $"{handle} (grupo)";

    public override string RotationRule =>
        "El turno elige a quien lleva más tiempo sin ese rol; nadie audita un ciclo que pidió, coordinó o hizo. /rechazar <rol> · /aceptar <rol>";

    public override string NameProblemText(
        NameProblem problem,
        string lookAlike,
        string bot,
        int max
    ) =>
        problem switch
        {
            NameProblem.Invisible =>
                "tiene caracteres invisibles o que cambian el sentido del texto, y se puede confundir con otra persona",
            NameProblem.Markup =>
                "un nombre no puede tener formato, enlaces, menciones ni comandos",
            NameProblem.PhoneNumber => "un nombre no puede llevar un teléfono",
            NameProblem.TooLong => $"un nombre puede tener hasta {max} caracteres",
            NameProblem.NoLetters => "no tiene letras visibles",
            NameProblem.LooksLikeTheBot => $"se puede confundir conmigo, el bot ({bot})",
            _ => $"se ve igual que {lookAlike}, que ya es parte de este grupo",
        };

    public override string SuggestedName => "Vecino";
}
