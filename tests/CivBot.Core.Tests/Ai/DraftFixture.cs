namespace CivBot.Core.Tests.Ai;

using System.Collections.Immutable;
using CivBot.Core.Ai;
using CivBot.Core.Model;

/// <summary>A loop in its vote: two options (3 votes to 1), one spend of 12.50 EUR.</summary>
internal static class DraftFixture
{
    public static readonly DraftRequest Request = new(
        new GroupId("g"),
        1,
        new DraftFacts(
            1,
            "Need a ride to the clinic before 5pm",
            [new DraftTally(1, "Eve drives", 3), new DraftTally(2, "Taxi from the fund", 1)],
            4,
            true,
            ImmutableSortedDictionary<string, decimal>.Empty.Add("EUR", 12.50m)
        ),
        [
            new DraftReceipt(1, "ask", "ann", "Need a ride to the clinic before 5pm"),
            new DraftReceipt(2, "context", "eve", "I can drive after 4pm, my car seats 3"),
            new DraftReceipt(3, "option", "eve", "Option 1: Eve drives"),
            new DraftReceipt(4, "option", "fay", "Option 2: Taxi from the fund"),
            new DraftReceipt(5, "spend", "fay", "taxi deposit", 12.50m, "EUR"),
        ]
    );

    /// <summary>A draft in the shape the model is asked for, with these summary sentences and options.</summary>
    public static string Answer(
        IEnumerable<(string Text, long[] Cites)> summary,
        IEnumerable<(string Text, long[] Cites)>? options = null
    ) =>
        System.Text.Json.JsonSerializer.Serialize(
            new
            {
                summary = summary.Select(s => new { text = s.Text, cites = s.Cites }),
                options = (options ?? []).Select(s => new { text = s.Text, cites = s.Cites }),
            }
        );

    public static readonly string Good = Answer(
        [
            ("Ann needs a ride to the clinic before 5pm.", [1]),
            (
                "Eve said \"I can drive after 4pm\"; option 1 has 3 votes and option 2 has 1 vote.",
                [2, 3, 4]
            ),
            ("Fay spent 12.50 EUR on a taxi deposit, 12.50 EUR in all.", [5]),
        ],
        [("Eve drives Ann at 4pm", [2]), ("Taxi from the fund, paid from the deposit", [4, 5])]
    );
}
