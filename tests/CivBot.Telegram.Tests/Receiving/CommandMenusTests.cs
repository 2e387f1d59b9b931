namespace CivBot.Telegram.Tests.Receiving;

using CivBot.Core.Languages;
using CivBot.Telegram.Receiving;

public sealed class CommandMenusTests
{
    [Fact]
    public void A_spanish_deployment_shows_the_spanish_menu_by_default_and_english_to_english_clients()
    {
        var menus = BotCommands.Menus(Words.Spanish);

        Assert.Equal(Words.Spanish, Assert.Single(menus, m => m.LanguageCode is null).Words);
        Assert.Equal(Words.English, Assert.Single(menus, m => m.LanguageCode == "en").Words);
        Assert.Equal(Words.Spanish, Assert.Single(menus, m => m.LanguageCode == "es").Words);
    }

    [Fact]
    public void An_english_deployment_shows_the_english_menu_by_default()
    {
        Assert.Equal(
            Words.English,
            Assert.Single(BotCommands.Menus(Words.English), m => m.LanguageCode is null).Words
        );
    }
}
