namespace CivBot.Core.Model;

/// <summary>
/// A member's stable, channel-qualified identity such as <c>telegram:111</c> or <c>playground:ann</c>.
/// It is never shown to people: chats, receipts and kits use the member's handle.
/// </summary>
public readonly record struct MemberId(string Value)
{
    /// <summary>The sender of scheduler-generated events (timers).</summary>
    public static readonly MemberId System = new("system");

    public override string ToString() => Value;
}
