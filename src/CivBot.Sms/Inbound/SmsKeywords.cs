namespace CivBot.Sms.Inbound;

/// <summary>
/// The opt-out, opt-in and help words, in English (the ones Twilio acts on itself, protocols.md §3.5, plus the FCC's
/// "opt out" and "stop all", which CivBot honours itself) and Spanish (which Twilio does not know, so CivBot honours
/// and confirms them itself). A keyword counts only as the whole message, any case, spaces around and between its
/// words ignored ("STOP PLEASE" and "para el viernes" are not).
/// </summary>
public static class SmsKeywords
{
    /// <summary>A keyword and the language it was written in ("en" or "es"), for the confirmation.</summary>
    public sealed record Match(SmsKeyword Kind, string Language);

    private static readonly Dictionary<string, Match> Words = Build();

    public static Match? Find(string? body) =>
        body is not null
        && Words.TryGetValue(
            string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            out var match
        )
            ? match
            : null;

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
            "OPTOUT",
            // The FCC's examples of a reply that revokes consent include "opt out" (47 CFR 64.1200(a)(10)).
            "OPT OUT",
            "OPT-OUT",
            "STOP ALL"
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
