namespace CivBot.Sms.Tests.Inbound;

using CivBot.Sms.Inbound;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop  ")]
    [InlineData("STOPALL")]
    [InlineData("Unsubscribe")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("REVOKE")]
    [InlineData("optout")]
    [InlineData("Opt Out")]
    [InlineData("opt  out ")]
    [InlineData("OPT-OUT")]
    [InlineData("stop all")]
    public void Opt_out_words_opt_out(string body) =>
        Assert.Equal(new SmsKeywords.Match(SmsKeyword.OptOut, "en"), SmsKeywords.Find(body));

    [Theory]
    [InlineData("START")]
    [InlineData("yes")]
    [InlineData(" Unstop")]
    public void Opt_in_words_opt_in(string body) =>
        Assert.Equal(new SmsKeywords.Match(SmsKeyword.OptIn, "en"), SmsKeywords.Find(body));

    [Theory]
    [InlineData("HELP")]
    [InlineData("info ")]
    public void Help_words_ask_for_help(string body) =>
        Assert.Equal(new SmsKeywords.Match(SmsKeyword.Help, "en"), SmsKeywords.Find(body));

    [Theory]
    [InlineData("STOP PLEASE")]
    [InlineData("stop.")]
    [InlineData("please stop")]
    [InlineData("help me get to the clinic")]
    [InlineData("opt out of the vote")]
    [InlineData("stop all the reminders please")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_keyword(string? body) => Assert.Null(SmsKeywords.Find(body));

    [Theory]
    [InlineData("PARAR")]
    [InlineData("parar")]
    [InlineData(" Para ")]
    [InlineData("ALTO")]
    [InlineData("detener")]
    [InlineData("Cancelar")]
    [InlineData("BAJA")]
    [InlineData("fin")]
    [InlineData("SALIR")]
    [InlineData("terminar")]
    [InlineData("DESUSCRIBIR")]
    [InlineData("basta")]
    public void Spanish_opt_out_words_opt_out_and_are_answered_in_spanish(string body) =>
        Assert.Equal(new SmsKeywords.Match(SmsKeyword.OptOut, "es"), SmsKeywords.Find(body));

    [Theory]
    [InlineData("ALTA", SmsKeyword.OptIn)]
    [InlineData("iniciar", SmsKeyword.OptIn)]
    [InlineData("Reanudar", SmsKeyword.OptIn)]
    [InlineData("AYUDA", SmsKeyword.Help)]
    [InlineData("ayuda ", SmsKeyword.Help)]
    public void Spanish_opt_in_and_help_words_work_like_start_and_help(
        string body,
        SmsKeyword kind
    ) => Assert.Equal(new SmsKeywords.Match(kind, "es"), SmsKeywords.Find(body));

    [Theory]
    [InlineData("para el viernes")]
    [InlineData("no puedo parar")]
    [InlineData("alto ahi por favor")]
    [InlineData("me doy de baja")]
    [InlineData("fin de semana")]
    [InlineData("salir a las 5")]
    [InlineData("cancelar el viaje de Ana")]
    [InlineData("ayuda para llegar a la clinica")]
    [InlineData("basta ya de lluvia")]
    [InlineData("stop by the clinic at 5")]
    [InlineData("I will cancel my ride")]
    [InlineData("end of the day is fine")]
    public void A_sentence_that_merely_contains_a_keyword_is_not_one(string body) =>
        Assert.Null(SmsKeywords.Find(body));
}
