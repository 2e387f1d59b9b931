namespace CivBot.Core.Inbound;

using CivBot.Core.Model;

/// <summary>Who sent an inbound event: their stable id and the display handle others see (never a phone number).</summary>
public sealed record Sender(MemberId Id, string Handle)
{
    public static readonly Sender System = new(MemberId.System, "CivBot");
}
