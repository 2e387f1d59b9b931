namespace CivBot.Sms;

/// <summary>What the SMS channel says by itself. One GSM-7 segment each: every segment is paid for.</summary>
public static class SmsTexts
{
    public const string Help =
        "CivBot, a bot for your group's asks: JOIN <code> to join, ASK <need> to ask, a digit to vote, STATUS, NAME <name>. STOP to stop.";
}
