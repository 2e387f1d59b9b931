namespace CivBot.Core.Replies;

/// <summary>A button under a message. The payload comes back as a <see cref="Inbound.ButtonBody"/>; it is at most 64 UTF-8 bytes.</summary>
public sealed record ReplyButton(string Label, string Payload);
