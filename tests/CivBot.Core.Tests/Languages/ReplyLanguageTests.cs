namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Inbound;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Tests.Support;

/// <summary>
/// The language storage answers in when it speaks for itself (an apology, a stranger's hint): the engine's choice.
/// </summary>
public sealed class ReplyLanguageTests
{
    private static InboundEvent From(Sender sender, bool isPrivate = false) =>
        new(
            new ChatAddress("playground", "chat"),
            sender,
            "x",
            new TextBody("hi"),
            IsPrivate: isPrivate
        );

    [Fact]
    public void Without_a_group_the_senders_platform_locale_wins_over_the_deployments_language()
    {
        var h = new EngineHarness(language: "es");
        var ann = EngineHarness.Member("ann");

        Assert.Same(Words.Spanish, h.Engine.LanguageOf(null, From(ann)));
        Assert.Same(
            Words.English,
            h.Engine.LanguageOf(null, From(ann with { Language = "en-US" }))
        );
        Assert.Same(Words.English, new EngineHarness().Engine.LanguageOf(null, From(ann)));
    }

    [Fact]
    public void In_a_group_chat_the_groups_language_wins_and_in_a_private_chat_the_members()
    {
        var h = Loops.WithMembers();
        var ann = EngineHarness.Member("ann") with { Language = "es" };

        Assert.Same(Words.English, h.Engine.LanguageOf(h.State, From(ann)));
        Assert.Same(Words.Spanish, h.Engine.LanguageOf(h.State, From(ann, isPrivate: true)));

        h.Send("dan", "/idioma es");
        Assert.Same(Words.Spanish, h.Engine.LanguageOf(h.State));
        Assert.Same(Words.Spanish, h.Engine.LanguageOf(h.State, From(EngineHarness.Member("eve"))));
    }
}
