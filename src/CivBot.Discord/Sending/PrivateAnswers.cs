namespace CivBot.Discord.Sending;

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CivBot.Core.Inbound;
using CivBot.Core.Ports;
using CivBot.Discord.Api;
using CivBot.Discord.Mapping;

/// <summary>
/// A link code shown only to the admin who asked, in the channel where they asked: an admin's <c>/link</c> slash
/// command keeps its interaction for an ephemeral follow-up, and the code the engine sends that admin privately goes
/// there instead of to a DM. The interaction's own answer comes first (Discord takes follow-ups only after it); the
/// follow-up waits for it. Held in memory for a minute: after a restart, or when the follow-up fails, the code goes by
/// DM as before.
/// </summary>
internal sealed class PrivateAnswers(DiscordRest rest, TimeProvider time)
{
    private const int Ephemeral = 1 << 6;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Discord's interaction answer is due within 3 s; a follow-up never waits much longer for it.
    private static readonly TimeSpan AnswerWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Pending> _byUser = new(StringComparer.Ordinal);

    /// <summary>An interaction kept for the code its user is about to get.</summary>
    internal sealed record Pending(
        string UserId,
        string ApplicationId,
        string Token,
        DateTimeOffset Until
    )
    {
        public TaskCompletionSource Answered { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Keeps the interaction when it is an admin's <c>/link</c> for a new code in a server channel (the only command
    /// whose private answer is a code); null otherwise.
    /// </summary>
    public Pending? Expect(MappedInteraction interaction, string userId)
    {
        if (
            interaction
            is not {
                Kind: InteractionKind.Command,
                Event:
                {
                    IsPrivate: false,
                    SenderIsChatAdmin: true,
                    Body: CommandBody { Name: "link", Args: "" },
                },
            }
        )
            return null;
        var pending = new Pending(
            userId,
            interaction.ApplicationId,
            interaction.Token,
            time.GetUtcNow() + Window
        );
        _byUser[userId] = pending;
        return pending;
    }

    /// <summary>The interaction was answered (or failed): a follow-up may go now, or, when nothing was recorded, never.</summary>
    public void Answered(Pending pending, bool recorded)
    {
        if (!recorded)
            _byUser.TryRemove(new KeyValuePair<string, Pending>(pending.UserId, pending));
        pending.Answered.TrySetResult();
    }

    /// <summary>
    /// Sends a private message for <paramref name="userId"/> as the ephemeral follow-up of their kept interaction;
    /// null when none is kept (or it failed), and the caller sends a DM instead.
    /// </summary>
    public async Task<SendResult?> TrySendAsync(
        string userId,
        string text,
        CancellationToken cancellationToken
    )
    {
        if (
            text.Length > MessageSplitter.MaxLength
            || !_byUser.TryRemove(userId, out var pending)
            || time.GetUtcNow() > pending.Until
        )
            return null;
        try
        {
            await pending.Answered.Task.WaitAsync(AnswerWait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        var response = await rest.TryAsync(
            HttpMethod.Post,
            $"/webhooks/{pending.ApplicationId}/{pending.Token}",
            new JsonObject
            {
                ["content"] = MarkdownText.Escape(text),
                ["flags"] = Ephemeral,
                ["allowed_mentions"] = AllowedMentions.Only(null),
            },
            cancellationToken
        );
        return response.Ok ? SendOutcome.From(response) : null;
    }
}
