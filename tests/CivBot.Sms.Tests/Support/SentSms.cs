namespace CivBot.Sms.Tests.Support;

/// <summary>One create-Message call the stub received.</summary>
public sealed record SentSms(
    string Account,
    string? Authorization,
    IReadOnlyDictionary<string, string> Form
)
{
    public string To => Form["To"];

    public string Body => Form["Body"];
}
