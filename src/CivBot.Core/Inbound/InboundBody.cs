namespace CivBot.Core.Inbound;

/// <summary>What an inbound event carries: exactly one of text, a pre-parsed command, a button press, attachments or a timer.</summary>
public abstract record InboundBody;

/// <summary>Plain text as typed; it may still be a command such as <c>/vote 2</c>.</summary>
public sealed record TextBody(string Text) : InboundBody;

/// <summary>A command the platform already parsed (a Discord slash command, say): name without slash, raw argument text.</summary>
public sealed record CommandBody(string Name, string Args) : InboundBody;

/// <summary>A button press; the payload is what CivBot put on the button (see <see cref="Replies.ReplyButton"/>).</summary>
public sealed record ButtonBody(string Payload) : InboundBody;

/// <summary>Photos or files as links, with the caption typed beside them.</summary>
public sealed record AttachmentBody(IReadOnlyList<string> Links, string Caption) : InboundBody;

/// <summary>A durable timer that fell due. It comes back in through the same path as people's messages.</summary>
public sealed record TimerBody(Engine.TimerSpec Timer) : InboundBody;

/// <summary>A member joined (true) or left (false) the chat.</summary>
public sealed record MembershipBody(bool Joined) : InboundBody;

/// <summary>
/// The platform moved the event's chat from <paramref name="From"/> to its new id (a Telegram group became a
/// supergroup). Storage has rebound the chat already; the group's own state follows with this event.
/// </summary>
public sealed record ChatMovedBody(Model.ChatAddress From) : InboundBody;
