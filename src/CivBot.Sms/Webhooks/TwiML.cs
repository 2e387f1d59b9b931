namespace CivBot.Sms.Webhooks;

using System.Security;

/// <summary>The TwiML CivBot answers webhooks with. Replies normally go through the outbox, so mostly it is empty.</summary>
public static class TwiML
{
    public const string ContentType = "text/xml";

    /// <summary>"Nothing to send now": the event is recorded and any reply is queued in the outbox.</summary>
    public const string Empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public static string Message(string text) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
        + SecurityElement.Escape(text)
        + "</Message></Response>";
}
