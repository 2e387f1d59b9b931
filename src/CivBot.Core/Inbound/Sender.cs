namespace CivBot.Core.Inbound;

using CivBot.Core.Model;

/// <summary>Who sent an inbound event: their stable id and the display handle others see (never a phone number).</summary>
/// <param name="Language">The language the platform says the sender uses (Telegram's <c>language_code</c>, Discord's
/// <c>locale</c>), when it says one.</param>
public sealed record Sender(MemberId Id, string Handle, string? Language = null)
{
    public static readonly Sender System = new(MemberId.System, "CivBot");
}
