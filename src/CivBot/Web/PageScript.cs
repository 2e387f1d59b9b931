namespace CivBot.Web;

/// <summary>The page's one script, embedded in the program (<c>Web/civbot-page.js</c>).</summary>
public static class PageScript
{
    public static readonly string Text = Load();

    private static string Load()
    {
        using var stream =
            typeof(PageScript).Assembly.GetManifestResourceStream("CivBot.Web.civbot-page.js")
            ?? throw new InvalidOperationException("The page script is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
