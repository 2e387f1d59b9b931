namespace CivBot.Sms.Inbound;

/// <summary>
/// The opt-out, opt-in and help words, in English (the ones Twilio acts on itself, protocols.md §3.5) and Spanish (which
/// Twilio does not know, so CivBot honours and confirms them itself). A keyword counts only as the whole message: one
/// word, any case, spaces around ignored ("STOP PLEASE" and "para el viernes" are not).
/// </summary>
public static class SmsKeywords
{
    /// <summary>A keyword and the language it was written in ("en" or "es"), for the confirmation.</summary>
    public sealed record Match(SmsKeyword Kind, string Language);

    private static readonly Dictionary<string, Match> Words = Build();

    public static Match? Find(string? body) =>
        body is not null && Words.TryGetValue(body.Trim(), out var match) ? match : null;

    private static Dictionary<string, Match> Build()
    {
        var words = new Dictionary<string, Match>(StringComparer.OrdinalIgnoreCase);
        void Add(string language, SmsKeyword kind, params string[] list)
        {
            foreach (var word in list)
                words[word] = new Match(kind, language);
        }
        Add(
            "en",
            SmsKeyword.OptOut,
            "STOP",
            "STOPALL",
            "UNSUBSCRIBE",
            "CANCEL",
            "END",
            "QUIT",
            "REVOKE",
            "OPTOUT"
        );
        Add("en", SmsKeyword.OptIn, "START", "YES", "UNSTOP");
        Add("en", SmsKeyword.Help, "HELP", "INFO");
        Add(
            "es",
            SmsKeyword.OptOut,
            "PARAR",
            "PARA",
            "ALTO",
            "DETENER",
            "CANCELAR",
            "BAJA",
            "FIN",
            "SALIR",
            "TERMINAR",
            "DESUSCRIBIR",
            "BASTA"
        );
        Add("es", SmsKeyword.OptIn, "ALTA", "INICIAR", "REANUDAR");
        Add("es", SmsKeyword.Help, "AYUDA");
        return words;
    }
}
