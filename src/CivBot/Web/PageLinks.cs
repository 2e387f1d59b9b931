namespace CivBot.Web;

using System.Globalization;

/// <summary>The addresses of a published page and its parts.</summary>
public static class PageLinks
{
    public const string Script = "/civbot-page.js";
    public const string Key = "/.well-known/civbot-key";

    public static string Page(string slug) => "/g/" + slug;

    public static string Jsonl(string slug) => Page(slug) + "/receipts.jsonl";

    public static string Csv(string slug) => Page(slug) + "/receipts.csv";

    public static string Checkpoint(string slug) => Page(slug) + "/checkpoint";

    public static string Receipt(string slug, long seq) =>
        Page(slug) + "/r/" + seq.ToString(CultureInfo.InvariantCulture) + ".json";
}
