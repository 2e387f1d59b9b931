namespace CivBot.Sms.Tests.Inbound;

using CivBot.Sms.Inbound;

public sealed class SmsCommandsTests
{
    [Theory]
    [InlineData("ask Need a ride", "/ask Need a ride")]
    [InlineData("Ask Need a ride", "/ask Need a ride")]
    [InlineData("vote 2", "/vote 2")]
    [InlineData("status", "/status")]
    [InlineData("RECEIPTS", "/receipts")]
    [InlineData("object too expensive", "/object too expensive")]
    [InlineData("JOIN k7qx2m", "/join k7qx2m")]
    [InlineData("name Dana", "/name Dana")]
    [InlineData("/vote 1", "/vote 1")]
    [InlineData("draft", "/draft")]
    [InlineData("Draft #2", "/draft #2")]
    [InlineData("propose draft 1", "/propose draft 1")]
    [InlineData("ai on", "/ai on")]
    [InlineData("pedir Necesito que me lleven", "/pedir Necesito que me lleven")]
    [InlineData("Votar 2", "/votar 2")]
    [InlineData("ESTADO", "/estado")]
    [InlineData("unirme k7qx2m", "/unirme k7qx2m")]
    [InlineData("objetar es muy caro", "/objetar es muy caro")]
    [InlineData("ES", "/language es")]
    [InlineData(" en ", "/language en")]
    public void A_known_first_word_is_a_command(string text, string expected) =>
        Assert.Equal(expected, SmsCommands.WithSlash(text));

    [Theory]
    [InlineData("2")]
    [InlineData("Thanks so much!")]
    [InlineData("help me get to the clinic")]
    [InlineData("asking for a friend")]
    [InlineData("ayuda para llegar a la clinica")]
    [InlineData("yo puedo llevarla")]
    [InlineData("es urgente")]
    public void Other_text_stays_as_it_is(string text) =>
        Assert.Equal(text, SmsCommands.WithSlash(text));
}
