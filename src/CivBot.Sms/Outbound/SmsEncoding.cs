namespace CivBot.Sms.Outbound;

/// <summary>How a message travels: GSM-7 (160 per segment alone, 153 concatenated) or UCS-2 (70 / 67).</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
