namespace CivBot.Core.Tests.Languages;

using CivBot.Core.Engine;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Tests.Support;

public sealed class LanguageChoiceTests
{
    [Fact]
    public void A_group_that_chooses_spanish_reads_the_bot_in_spanish_and_spanish_commands_work()
    {
        var h = Loops.WithMembers();

        h.Send("ann", "/idioma es");
        Assert.Contains(
            "bot: 🗣 ann puso el idioma del grupo en español. /ayuda muestra lo que sé hacer.",
            h.Last
        );
        Assert.Equal("es", h.State.Language);

        h.Send("bob", "/pedir Necesito que me lleven a la clínica");
        Assert.Contains(
            h.Last,
            l =>
                l.StartsWith(
                    "bot: 📣 Nuevo pedido #1 de bob: Necesito que me lleven a la clínica",
                    StringComparison.Ordinal
                )
        );
        h.Send("cat", "/proponer #1 Eve la lleva a las 16:00");
        Assert.Contains(
            h.Last,
            l =>
                l.StartsWith(
                    "bot: Opción 1 para el #1 de cat: Eve la lleva a las 16:00",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void A_new_group_speaks_the_deployments_language_until_it_chooses()
    {
        var h = new EngineHarness(language: "es");
        h.Send("ann", "/ask Need a ride");
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot: 📣 Nuevo pedido #1", StringComparison.Ordinal)
        );

        h.Send("ann", "/language en");
        h.Send("ann", "/add #1 before 5pm");
        Assert.Contains("bot: Added to #1 by ann: before 5pm", h.Last);
    }

    [Fact]
    public void A_member_reads_their_direct_messages_in_their_own_language_and_the_group_in_its_own()
    {
        var h = Loops.WithMembers();
        h.SendPrivately("dana", "/language es");
        Assert.Equal(
            ["bot → dana: Listo: te escribiré en español. /idioma en cambia a inglés."],
            h.Last
        );

        h.SendPrivately("dana", "/ask Need a ride to the clinic");
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot: 📣 New ask #1 from dana", StringComparison.Ordinal)
        );
        Assert.Contains(
            h.Last,
            l =>
                l.StartsWith(
                    "bot → dana: Gracias, tu pedido es el ciclo #1",
                    StringComparison.Ordinal
                )
        );
        Assert.Null(h.State.Language);
    }

    [Fact]
    public void The_platforms_locale_sets_a_members_language_until_they_choose_one()
    {
        var h = Loops.WithMembers();
        var eva = new Sender(new MemberId("playground:eva"), "eva", "es-MX");
        h.Handle(
            new InboundEvent(
                new ChatAddress("playground", "dm:eva"),
                eva,
                "p1",
                new TextBody("hola"),
                IsPrivate: true
            )
        );
        Assert.Equal("es", h.State.Members.Single(m => m.Handle == "eva").Language);
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot → eva: Hola, soy CivBot", StringComparison.Ordinal)
        );

        h.SendPrivately("eva", "/language en");
        h.Handle(
            new InboundEvent(
                new ChatAddress("playground", "dm:eva"),
                eva,
                "p2",
                new TextBody("hi"),
                IsPrivate: true
            )
        );
        Assert.Contains(
            h.Last,
            l => l.StartsWith("bot → eva: Hi, I'm CivBot", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void An_unknown_language_is_refused_kindly_with_the_choices()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/language klingon");
        Assert.Equal(
            ["bot: I don't speak \"klingon\" yet. Choose one of en, es, e.g. /language es."],
            h.Last
        );
        Assert.Null(h.State.Language);
    }
}
