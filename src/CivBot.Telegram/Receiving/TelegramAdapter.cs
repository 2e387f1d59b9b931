namespace CivBot.Telegram.Receiving;

using System.Globalization;
using System.Text.Json;
using CivBot.Core.Ports;
using CivBot.Telegram.Api;
using CivBot.Telegram.Mapping;
using global::Telegram.Bot;
using global::Telegram.Bot.Types.Enums;
using Microsoft.Extensions.Logging;

/// <summary>
/// One update, whichever way it arrived: map it, follow a chat migration, hand the events to the pipeline and, once
/// they are durable, answer a button press. An update CivBot cannot read is recorded as refused (with the reason),
/// logged once and skipped, so Telegram stops delivering it. Throws when the pipeline did not take an event, so the
/// caller lets Telegram deliver it again (the poller keeps its offset, the webhook answers 500).
/// </summary>
internal sealed class TelegramAdapter(
    IInboundSink sink,
    IRefusedUpdates refused,
    IEnumerable<IChatMigration> migrations,
    TelegramBot bot,
    BotIdentity identity,
    ILogger<TelegramAdapter> logger
)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Returns the update id (also of a refused update), or null when the payload was not an update.</summary>
    public async Task<long?> HandleAsync(JsonElement update, CancellationToken cancellationToken)
    {
        var mapped = TelegramMapper.Map(update, identity.Username);
        if (mapped is null)
        {
            logger.LogWarning("Ignored a Telegram payload that is not an update");
            return null;
        }
        if (mapped.Refusal is { } reason)
            return await RefuseAsync(mapped.UpdateId, reason, cancellationToken);
        if (mapped.Migration is { } move)
        {
            foreach (var migration in migrations)
                await migration.MigrateAsync(move.From, move.To, cancellationToken);
        }
        foreach (var inbound in mapped.Events)
            await sink.SubmitAsync(
                await WithAdminStatusAsync(inbound, cancellationToken),
                cancellationToken
            );
        if (mapped.Callback is { } answer)
            await AnswerAsync(answer, cancellationToken);
        return mapped.UpdateId;
    }

    /// <summary>
    /// For the few commands a chat admin may use (<see cref="Core.Commands.KnownCommands.AdminChecked"/>), asks Telegram
    /// whether the sender is the group's creator or an administrator. No answer means "not an admin": the command then
    /// works as it does for anyone, never more.
    /// </summary>
    private async Task<Core.Inbound.InboundEvent> WithAdminStatusAsync(
        Core.Inbound.InboundEvent inbound,
        CancellationToken cancellationToken
    )
    {
        if (inbound.IsPrivate || !Core.Commands.KnownCommands.NeedsAdminCheck(inbound.Body))
            return inbound;
        if (
            !long.TryParse(
                inbound.Sender.Id.Value[(TelegramChannel.Name.Length + 1)..],
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var userId
            )
        )
            return inbound;
        try
        {
            var response = await bot.CallAsync(
                "getChatMember",
                (b, ct) => b.GetChatMember(TelegramBot.ChatIdOf(inbound.Chat.ChatId), userId, ct),
                AnswerTimeout,
                cancellationToken
            );
            var admin =
                response is
                {
                    Ok: true,
                    Result.Status: ChatMemberStatus.Creator or ChatMemberStatus.Administrator
                };
            return inbound with { SenderIsChatAdmin = admin };
        }
        catch (Exception e) when (e is TelegramTimeoutException or TelegramTransportException)
        {
            logger.LogInformation("getChatMember got no answer: {Reason}", e.Message);
            return inbound;
        }
    }

    private async Task<long> RefuseAsync(
        long updateId,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var platformId = updateId.ToString(CultureInfo.InvariantCulture);
        if (await refused.RecordAsync(TelegramChannel.Name, platformId, reason, cancellationToken))
            logger.LogWarning("Refused Telegram update {UpdateId}: {Reason}", updateId, reason);
        return updateId;
    }

    /// <summary>Best effort: a missed answer only leaves a spinner on one person's button; the vote itself is recorded.</summary>
    private async Task AnswerAsync(CallbackAnswer answer, CancellationToken cancellationToken)
    {
        try
        {
            var response = await bot.CallAsync(
                "answerCallbackQuery",
                async (b, ct) =>
                {
                    await b.AnswerCallbackQuery(answer.QueryId, answer.Text, cancellationToken: ct);
                    return true;
                },
                AnswerTimeout,
                cancellationToken
            );
            if (!response.Ok)
                logger.LogInformation(
                    "answerCallbackQuery failed: {Code} {Description}",
                    response.ErrorCode,
                    response.Description
                );
        }
        catch (Exception e) when (e is TelegramTimeoutException or TelegramTransportException)
        {
            logger.LogInformation("answerCallbackQuery got no answer: {Reason}", e.Message);
        }
    }
}
