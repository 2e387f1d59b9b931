namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Tests.Support;

/// <summary>A command naming a loop that never existed says so, and with no loop open, how to start one.</summary>
public sealed class NoSuchLoopTests
{
    [Fact]
    public void A_kit_for_a_loop_that_never_existed_ends_with_how_to_start_one_when_none_is_open()
    {
        var h = Loops.WithMembers();

        Assert.Equal(
            [
                "bot: There is no loop #9 yet. No loop is open right now. Start one with /ask <what you need>.",
            ],
            h.Send("ann", "/kit #9")
        );
    }

    [Fact]
    public void In_spanish_the_next_step_uses_the_spanish_command()
    {
        var h = new EngineHarness(language: "es");

        Assert.Equal(
            [
                "bot: Aún no hay un ciclo #9. No hay ningún ciclo abierto ahora. Empieza uno con /pedir <lo que necesitas>.",
            ],
            h.Send("ann", "/kit #9")
        );
    }

    [Fact]
    public void With_a_loop_open_the_hint_lists_the_open_loops_instead()
    {
        var h = Loops.WithMembers();
        h.Send("ann", "/ask Need a ride to the clinic");

        var said = Assert.Single(h.Send("ann", "/kit #9"));

        Assert.StartsWith("bot: There is no loop #9 yet. Open now: #1 Need a ride", said);
    }
}
