namespace CivBot.Sms.Inbound;

using CivBot.Core.Inbound;
using CivBot.Core.Model;

/// <summary>What one inbound SMS webhook stands for.</summary>
public abstract record SmsInbound
{
    /// <summary>STOP, START or HELP (or PARAR, ALTA, AYUDA): handled by the channel itself, never by the engine.</summary>
    /// <param name="Language">The keyword's language: the confirmation is written in it.</param>
    public sealed record Keyword(SmsKeyword Kind, ChatAddress Chat, string Language = "en")
        : SmsInbound;

    /// <summary>Anything else: an event for the pipeline.</summary>
    public sealed record Message(InboundEvent Event) : SmsInbound;

    /// <summary>A signed request that is not an inbound message (no MessageSid or From).</summary>
    public sealed record Invalid(string Problem) : SmsInbound;
}
