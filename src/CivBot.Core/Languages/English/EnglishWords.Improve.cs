namespace CivBot.Core.Languages;

internal sealed partial class EnglishWords
{
    public override string ImproveWhat(int loop) =>
        $"What would you do better next time? e.g. /improve #{loop} Ask the clinic for the exact pickup door.";

    public override string ImproveTooLong(int max) =>
        $"Please keep it under {max} characters: one thing to do better.";

    public override string Improvement(int loop, string handle, string text) =>
        $"💡 {handle} suggests for next time (#{loop}): {text}. It goes in the kit: /kit #{loop}";

    public override string NoLoopYetToImprove =>
        "No loop has run here yet. Start one with /ask <what you need>.";
}
