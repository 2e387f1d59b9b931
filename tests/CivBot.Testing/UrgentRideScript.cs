namespace CivBot.Testing;

using System.Text.RegularExpressions;

/// <summary>
/// The mission's urgent-ride story as a playground script (the <c>urgent-ride</c> flow), and the lines that then publish
/// the group's receipts through the consent vote.
/// </summary>
public static partial class UrgentRideScript
{
    public static readonly string[] Lines =
    [
        "dan: hi",
        "eve: hi",
        "fay: hi",
        "ann: /ask Need a ride for my son to the clinic on Main St before 5pm",
        "eve: /propose Eve drives him at 4pm",
        "ann: /vote",
        "ann: /vote 1",
        "eve: /vote 1",
        ":wait 10m",
        "eve: /claim",
        "eve: /spend 6.40 USD gas",
        "eve: /done Dropped him off at 4:40",
        ":wait 15m",
        "fay: /audit ok He made the appointment",
    ];

    /// <summary>Asks to publish, and lets the consent window pass with no objection.</summary>
    public static readonly string[] Publish = ["ann: /publish", ":wait 25h"];

    /// <summary>The public page's slug, from the playground's announcement that the receipts are public; null when none.</summary>
    public static string? PublishedSlug(IEnumerable<string> output) =>
        output.Select(l => PageAddress().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    [GeneratedRegex(@"The receipts are public now at /g/([a-z0-9-]+) ")]
    private static partial Regex PageAddress();
}
