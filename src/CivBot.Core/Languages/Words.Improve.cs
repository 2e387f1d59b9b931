namespace CivBot.Core.Languages;

public abstract partial class Words
{
    public abstract string ImproveWhat(int loop);

    public abstract string ImproveTooLong(int max);

    public abstract string Improvement(int loop, string handle, string text);

    public abstract string NoLoopYetToImprove { get; }
}
