namespace CivBot.Core.Tests.Engine;

using CivBot.Core.Engine;

public sealed class UrgencyCuesTests
{
    // 15:00 on a weekday: "before 5pm" is two hours away.
    private static readonly DateTimeOffset Afternoon = new(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Need a ride to the clinic before 5pm")]
    [InlineData("Ride needed by 4:30 pm")]
    [InlineData("pharmacy closes at 17:30, need someone")]
    [InlineData("URGENT: food for tonight")]
    [InlineData("Need diapers asap")]
    [InlineData("the clinic closes in 40 minutes")]
    [InlineData("need a lift in 1 hour")]
    [InlineData("Can anyone help right now?")]
    [InlineData("Necesito que me lleven a la clínica antes de las 5pm")]
    [InlineData("La farmacia cierra a las 17:30, ¿alguien puede ir?")]
    [InlineData("URGENTE: comida para esta noche")]
    [InlineData("Necesito pañales cuanto antes")]
    [InlineData("la clínica cierra en 40 minutos")]
    [InlineData("alguien que me lleve en 1 hora")]
    [InlineData("¿Alguien puede ayudar ahora mismo?")]
    [InlineData("Hace falta lo mas pronto posible")]
    public void These_asks_sound_urgent(string text) =>
        Assert.True(UrgencyCues.Sound(text, Afternoon));

    [Theory]
    [InlineData("Chairs for the hall next month")]
    [InlineData("Need a ride before 9am")] // this morning: already past
    [InlineData("Need a ride before 11pm")] // eight hours away
    [InlineData("Meet at 5")] // a bare number is not a clock time
    [InlineData("from 112 Main St to the clinic")]
    [InlineData("We need help in 3 weeks")]
    [InlineData("resurgent interest in the garden")]
    [InlineData("Sillas para el salón el mes que viene")]
    [InlineData("Necesito ayuda en 3 semanas")]
    [InlineData("Nos vemos a las 5")] // a bare number is not a clock time
    [InlineData("un grupo insurgente de jardineros")]
    [InlineData("Un viaje antes de las 9am")] // this morning: already past
    public void These_do_not(string text) => Assert.False(UrgencyCues.Sound(text, Afternoon));
}
