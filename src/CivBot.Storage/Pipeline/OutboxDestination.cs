namespace CivBot.Storage.Pipeline;

using CivBot.Core.Model;

/// <summary>One concrete chat an audience resolved to, with how the message is addressed there.</summary>
internal sealed record OutboxDestination(
    ChatAddress Chat,
    string? ThreadId = null,
    bool IsDirect = false,
    MemberId? Member = null,
    string? RecipientHandle = null,
    string? MentionHandle = null,
    ChatAddress? FallbackThreadChat = null,
    string? FallbackThreadId = null
);
