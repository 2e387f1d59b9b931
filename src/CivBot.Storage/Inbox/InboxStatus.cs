namespace CivBot.Storage.Inbox;

/// <summary>Values of <c>inbox.status</c>.</summary>
public static class InboxStatus
{
    public const string Processed = "processed";

    /// <summary>The engine threw; the sender was told something went wrong.</summary>
    public const string Failed = "failed";

    /// <summary>A private message from someone in no known group; they were told to say /help in their group first.</summary>
    public const string Unrouted = "unrouted";

    /// <summary>The channel could not read the update (malformed, unexpected types); <c>reason</c> says why. Skipped.</summary>
    public const string Refused = "refused";
}
