namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Effects;
using CivBot.Core.Tests.Support;

/// <summary>
/// Every message the group sees fits a phone: at most 5 lines and 400 characters (a vote message may add a line per
/// option). Stories run with long names, asks, options and amounts so every template meets its worst case, in every
/// language.
/// </summary>
public sealed class MessageBudgetTests
{
    private static readonly string Ask =
        "Need " + string.Concat(Enumerable.Repeat("a ride to the far clinic and back ", 14));
    private static readonly string Long = string.Concat(Enumerable.Repeat("word ", 39)) + "end";

    private static readonly string[] Names =
    [
        "Maximiliana Featherstonehaugh",
        "Bartholomew Oyelaran-Castellanos",
        "Guinevere Abernathy-Okonkwo",
        "Ann",
        "Leopoldina Vasquez-Thorvaldsen",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_group_message_of_a_full_loop_fits_the_budget(string language)
    {
        var h = Loops.WithMembers("cociv-loop", Names);
        h.Send(Names[0], "/language " + language);
        var (m0, m1, m2, ann, m4) = (Names[0], Names[1], Names[2], Names[3], Names[4]);
        h.Send(ann, "/ask " + Ask);
        h.Send(m1, "/add " + Long);
        h.Send(m2, "+1");
        h.Send(m1, "/propose " + Long[..190] + " 1");
        h.Send(m2, "/propose " + Long[..190] + " 2");
        h.Send(m4, "/propose " + Long[..190] + " 3");
        h.Wait(TimeSpan.FromDays(1));
        h.Send(m0, "/vote");
        foreach (var n in Names)
            h.Send(n, "/vote 1");
        h.Wait(TimeSpan.FromDays(2));
        h.Send(m2, "/claim");
        h.Send(m2, "/spend 99999.99 USD " + Long[..150]);
        h.Wait(TimeSpan.FromDays(5));
        h.Send(m2, "/done " + Long);
        h.Wait(TimeSpan.FromDays(30));
        h.Send(m0, "/next");
        AssertBudget(h);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_group_message_of_an_unanswered_ask_a_handoff_and_a_withdrawal_fits_the_budget(
        string language
    )
    {
        var h = Loops.WithMembers("cociv-loop", Names);
        h.Send(Names[0], "/language " + language);
        h.Send(Names[0], "/timezone America/Argentina/ComodRivadavia");
        h.Send(Names[3], "/ask " + Ask);
        h.Wait(TimeSpan.FromDays(10));
        h.Send(Names[3], "/urgent " + Ask);
        h.Send(Names[0], "/handoff");
        h.Send(Names[1], "/optout steward");
        h.Send(Names[3], "/withdraw " + Long);
        h.Send(Names[3], "/checks " + Ask);
        for (var i = 0; i < 4; i++)
            h.Send(Names[i], "/check " + Long);
        h.Wait(TimeSpan.FromDays(30));
        AssertBudget(h);
    }

    private static void AssertBudget(EngineHarness h)
    {
        var group = h.Messages.Where(m => m.To is GroupAudience).ToList();
        Assert.NotEmpty(group);
        var over = new List<string>();
        foreach (var m in group)
        {
            var text = m.Reply.Text;
            var lines = text.Split('\n').Length;
            var vote = m.EditKey is not null;
            if (lines > (vote ? 2 + 9 : 5) || text.Length > (vote ? 400 + 9 * 210 : 400))
                over.Add($"{lines} lines, {text.Length} characters:\n{text}");
        }
        Assert.True(over.Count == 0, string.Join("\n---\n", over));
    }
}
