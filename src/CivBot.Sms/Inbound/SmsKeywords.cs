namespace CivBot.Sms.Inbound;

/// <summary>A keyword counts only as the whole message: one word, any case, spaces around ignored ("STOP PLEASE" is not).</summary>
public static class SmsKeywords
{
    private static readonly Dictionary<string, SmsKeyword> Words = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["STOP"] = SmsKeyword.OptOut,
        ["STOPALL"] = SmsKeyword.OptOut,
        ["UNSUBSCRIBE"] = SmsKeyword.OptOut,
        ["CANCEL"] = SmsKeyword.OptOut,
        ["END"] = SmsKeyword.OptOut,
        ["QUIT"] = SmsKeyword.OptOut,
        ["REVOKE"] = SmsKeyword.OptOut,
        ["OPTOUT"] = SmsKeyword.OptOut,
        ["START"] = SmsKeyword.OptIn,
        ["YES"] = SmsKeyword.OptIn,
        ["UNSTOP"] = SmsKeyword.OptIn,
        ["HELP"] = SmsKeyword.Help,
        ["INFO"] = SmsKeyword.Help,
    };

    public static SmsKeyword? Of(string? body) =>
        body is not null && Words.TryGetValue(body.Trim(), out var keyword) ? keyword : null;
}
