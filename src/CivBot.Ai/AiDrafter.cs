namespace CivBot.Ai;

using System.Text.Json;
using CivBot.Core.Ai;
using CivBot.Core.Effects;
using CivBot.Core.Inbound;
using CivBot.Core.Model;
using CivBot.Core.Ports;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

/// <summary>
/// Sends draft requests (outbox rows of the pseudo-channel "ai") to the model and hands what came of each back to
/// the group as a <see cref="DraftBody"/> event: the checked draft, or why there is none. One call per request, with
/// a time-out and no retries: a failure is told to the group once, and /draft can be tried again.
/// </summary>
internal sealed class AiDrafter(
    IChatClient chat,
    AiOptions options,
    IGroupEvents events,
    TimeProvider time,
    ILogger<AiDrafter> logger
) : IChannelSender
{
    public const string PlatformIdPrefix = "ai:";

    private static readonly JsonElement Schema = JsonDocument.Parse(DraftPrompt.Schema).RootElement;

    public string Channel => RequestDraft.AiChannel;

    public async Task<SendResult> SendAsync(
        OutboundMessage message,
        CancellationToken cancellationToken
    )
    {
        DraftRequest request;
        try
        {
            request = DraftRequest.Deserialize(message.Reply.Text);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            logger.LogError("Draft request {Id} is unreadable and was dropped", message.Id);
            return new Undeliverable("unreadable draft request");
        }
        var outcome = await DraftAsync(request, cancellationToken);
        // The outbox row's id makes the event's platform id: a resend after a crash is a duplicate, not a second draft.
        var inbound = new InboundEvent(
            new ChatAddress(RequestDraft.AiChannel, request.Group.Value),
            Sender.System,
            PlatformIdPrefix
                + message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new DraftBody(request.Serial, request.Facts.Loop, outcome)
        );
        await events.SubmitToGroupAsync(request.Group, inbound, cancellationToken);
        return new Sent(null);
    }

    private async Task<DraftOutcome> DraftAsync(
        DraftRequest request,
        CancellationToken cancellationToken
    )
    {
        var model = options.Model!;
        var prompt = DraftPrompt.Build(request);
        var hash = DraftPrompt.Hash(prompt);
        DraftOutcome Failed(DraftFailure why) => new(null, why, model, hash);
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken,
            timeout.Token
        );
        try
        {
            var response = await chat.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.System, DraftPrompt.Instructions),
                    new ChatMessage(ChatRole.User, prompt),
                ],
                new ChatOptions
                {
                    ModelId = model,
                    Temperature = 0.2f,
                    MaxOutputTokens = 1000,
                    ResponseFormat = ChatResponseFormat.ForJsonSchema(
                        Schema,
                        "civbot_draft",
                        "A summary of a loop and up to 3 options, each citing receipt numbers."
                    ),
                },
                linked.Token
            );
            var check = DraftChecker.Check(request, response.Text);
            if (check.Draft is { } draft)
                return new DraftOutcome(draft, DraftFailure.None, model, hash);
            // The problem names words of the draft: kept out of the log, which may be shared.
            logger.LogWarning(
                "The AI draft {Serial} of group {Group} failed the check and was not posted",
                request.Serial,
                request.Group
            );
            return Failed(DraftFailure.Unreliable);
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(
                "The AI took longer than {Timeout} on draft {Serial} of group {Group}",
                options.Timeout,
                request.Serial,
                request.Group
            );
            return Failed(DraftFailure.TimedOut);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The type only: a client's message can echo request details, and the key must never reach a log.
            logger.LogWarning(
                "The AI could not be asked for draft {Serial} of group {Group} ({Error}, {Settings})",
                request.Serial,
                request.Group,
                e.GetType().Name,
                options.ToString()
            );
            return Failed(DraftFailure.Unavailable);
        }
    }
}
