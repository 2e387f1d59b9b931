namespace CivBot.Sms.Inbound;

/// <summary>The carrier keywords Twilio itself acts on (protocols.md §3.5).</summary>
public enum SmsKeyword
{
    OptOut,
    OptIn,
    Help,
}
