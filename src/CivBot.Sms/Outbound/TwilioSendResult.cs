namespace CivBot.Sms.Outbound;

/// <summary>What Twilio's Messages resource answered to one create.</summary>
public abstract record TwilioSendResult
{
    /// <summary>Accepted for delivery; status callbacks will name it by <paramref name="Sid"/>.</summary>
    public sealed record Accepted(string Sid) : TwilioSendResult;

    /// <summary>429 / 20429 / 5xx / network: not processed, safe to try again.</summary>
    public sealed record Transient(string Reason, TimeSpan? After) : TwilioSendResult;

    /// <summary>21610: the number replied STOP to this sender.</summary>
    public sealed record OptedOut : TwilioSendResult;

    /// <summary>401/403 or 20003: the account SID or auth token is wrong. Kept queued until someone fixes it.</summary>
    public sealed record AuthFailed(int Status) : TwilioSendResult;

    /// <summary>Anything else Twilio refused (21211 invalid number, 21614 not SMS-capable…): it never will accept it.</summary>
    public sealed record Rejected(int Status, int? Code) : TwilioSendResult;
}
