namespace CivBot.Core.Languages;

internal sealed partial class SpanishWords
{
    public override string ImproveWhat(int loop) =>
        $"¿Qué harían mejor la próxima vez? P. ej. /mejorar #{loop} Preguntar a la clínica por qué puerta recoger.";

    public override string ImproveTooLong(int max) =>
        $"Por favor, menos de {max} caracteres: una sola cosa a mejorar.";

    public override string Improvement(int loop, string handle, string text) =>
        $"💡 {handle} propone para la próxima (#{loop}): {text}. Queda en el kit: /kit #{loop}";

    public override string NoLoopYetToImprove =>
        "Aquí todavía no hubo ningún ciclo. Empieza uno con /pedir <lo que necesitas>.";
}
