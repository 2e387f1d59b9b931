namespace CivBot.Sms.Outbound;

/// <summary>
/// Counts the segments a message is billed as. One character outside GSM-7 (an emoji, a smart quote) turns the whole
/// message into UCS-2, and GSM-7's extension characters cost two septets each.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static (SmsEncoding Encoding, int Segments) Count(string text)
    {
        if (text.Length == 0)
            return (SmsEncoding.Gsm7, 0);
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
                septets += 1;
            else if (Extension.Contains(c, StringComparison.Ordinal))
                septets += 2;
            else
                return (SmsEncoding.Ucs2, Segments(text.Length, 70, 67));
        }
        return (SmsEncoding.Gsm7, Segments(septets, 160, 153));
    }

    // UCS-2 lengths are UTF-16 code units: an emoji outside the basic plane takes two.
    private static int Segments(int units, int single, int perPart) =>
        units <= single ? 1 : (units + perPart - 1) / perPart;
}
