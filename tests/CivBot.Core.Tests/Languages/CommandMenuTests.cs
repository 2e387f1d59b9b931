namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Commands;
using CivBot.Core.Languages;

/// <summary>The command menus the adapters register (Telegram, Discord) come from the catalogue, complete in every language.</summary>
public sealed class CommandMenuTests
{
    [Fact]
    public void Every_language_describes_the_same_known_commands_within_the_platforms_limits()
    {
        var english = Words.English.DescribedCommands.Order().ToList();
        Assert.All(english, c => Assert.Contains(c, KnownCommands.All));
        foreach (var words in Words.All)
        {
            Assert.Equal(english, words.DescribedCommands.Order());
            foreach (var command in english)
            {
                // Discord allows 100 characters for a description, Telegram 256 for a menu line.
                Assert.InRange(words.Describe(command).Length, 1, 100);
                Assert.InRange(words.MenuLine(command).Length, 1, 256);
                if (words != Words.English)
                    Assert.NotEqual(Words.English.Describe(command), words.Describe(command));
            }
        }
    }

    [Fact]
    public void A_menu_line_shows_how_to_type_the_command_in_its_own_language()
    {
        Assert.Equal("Open a loop for a need: /ask <need>", Words.English.MenuLine("ask"));
        Assert.Equal(
            "Abre un ciclo para una necesidad: /pedir <necesidad>",
            Words.Spanish.MenuLine("ask")
        );
        Assert.Equal("The flows this group can run", Words.English.MenuLine("flows"));
        Assert.Equal(
            "Abre un ciclo con el flujo Urgent ride: /urgent <necesidad>",
            Words.Spanish.FlowMenuLine("urgent", "Urgent ride")
        );
    }
}
