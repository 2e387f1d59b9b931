namespace CivBot.Sms;

/// <summary>The SMS channel's name and webhook paths.</summary>
public static class SmsChannel
{
    /// <summary>The channel name in <see cref="Core.Model.ChatAddress"/>; the chat id is the texter's E.164 number.</summary>
    public const string Name = "sms";

    public const string InboundPath = "/sms/twilio";

    public const string StatusPath = "/sms/twilio/status";
}
