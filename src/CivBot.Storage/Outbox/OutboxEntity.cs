namespace CivBot.Storage.Outbox;

/// <summary>A row of <c>outbox</c>: one message for one chat.</summary>
public sealed class OutboxEntity
{
    public long Id { get; set; }
    public string? GroupId { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public string? ThreadId { get; set; }
    public bool IsDirect { get; set; }
    public string? MemberId { get; set; }
    public string? RecipientHandle { get; set; }
    public string? MentionHandle { get; set; }

    /// <summary>For a direct message: the loop's chat and thread, where a group fallback mention should go.</summary>
    public string? FallbackChannel { get; set; }

    public string? FallbackChatId { get; set; }

    public string? FallbackThreadId { get; set; }
    public required string ReplyJson { get; set; }
    public string? EditKey { get; set; }
    public string Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public long CreatedAt { get; set; }
    public long? SentAt { get; set; }
    public string? PlatformMessageId { get; set; }
    public string? LastError { get; set; }

    /// <summary>The platform's latest delivery report (Twilio: sent, delivered, undelivered, failed...).</summary>
    public string? DeliveryStatus { get; set; }

    /// <summary>The platform's error code with a failed or undelivered report.</summary>
    public string? DeliveryError { get; set; }

    /// <summary>The instance sending this row's chat now, until <see cref="LeaseUntil"/> (unix ms); see OutboxDispatcher.</summary>
    public string? ClaimedBy { get; set; }

    public long? LeaseUntil { get; set; }
}
