namespace CivBot.Discord.Receiving;

using System.Text.Json;
using CivBot.Core.Commands;
using CivBot.Core.Inbound;
using CivBot.Core.Ports;
using CivBot.Discord.Gateway;
using CivBot.Discord.Mapping;
using CivBot.Discord.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Gateway dispatches in order: learn who the bot is and where threads live, hand messages and interactions to the
/// pipeline and answer interactions once their event is durable. A failed submit of a message throws, so the session
/// resumes and Discord replays it (the inbox dedupes); an interaction cannot be replayed in time, so its user is told.
/// </summary>
internal sealed class DiscordAdapter(
    IInboundSink sink,
    BotUser bot,
    ThreadDirectory threads,
    LoopThreads loopThreads,
    DirectChannels directs,
    KnownMembers members,
    PrivateAnswers answers,
    InteractionResponder responder,
    CommandRegistration commands,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordAdapter> logger
) : IGatewayEvents
{
    /// <summary>Comfortably inside Discord's 3 s: after this the interaction is deferred and answered by follow-up.</summary>
    internal static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(1.5);

    public async Task HandleAsync(
        string type,
        JsonElement data,
        CancellationToken cancellationToken
    )
    {
        switch (type)
        {
            case "READY":
                bot.UserId = data.GetProperty("user").GetProperty("id").GetString();
                if (
                    data.TryGetProperty("application", out var app)
                    && app.TryGetProperty("id", out var appId)
                )
                    bot.ApplicationId = appId.GetString();
                // Not the connection's token: a drop during registration must not cancel it for the rest of the run.
                commands.Start(bot.ApplicationId, CancellationToken.None);
                break;
            case "GUILD_CREATE" when data.TryGetProperty("threads", out var list):
                threads.LearnFrom(list);
                break;
            case "THREAD_LIST_SYNC" when data.TryGetProperty("threads", out var synced):
                threads.LearnFrom(synced);
                break;
            case "THREAD_CREATE" or "THREAD_UPDATE":
                threads.LearnFrom(data);
                break;
            case "THREAD_DELETE" when data.TryGetProperty("id", out var gone):
                threads.Forget(gone.GetString()!);
                break;
            case "MESSAGE_CREATE":
                await MessageAsync(data, cancellationToken);
                break;
            case "INTERACTION_CREATE":
                await InteractionAsync(data, cancellationToken);
                break;
        }
    }

    private async Task MessageAsync(JsonElement data, CancellationToken cancellationToken)
    {
        if (DiscordMapper.MapMessage(data, bot.UserId, threads.ParentOf) is not { } mapped)
            return;
        var inbound = mapped.Event;
        Learn(inbound, mapped.UserId);
        if (mapped.DirectChannelId is { } dm)
            directs.Learn(mapped.UserId, dm);
        if (
            options.Value.UseThreads
            && mapped.StartsThread is { } channel
            && AskText(inbound.Body) is { } ask
        )
        {
            if (
                await loopThreads.FromMessageAsync(
                    channel,
                    mapped.MessageId,
                    ask,
                    cancellationToken
                ) is
                { } thread
            )
                inbound = inbound with { ThreadId = thread };
        }
        await sink.SubmitAsync(inbound, cancellationToken);
    }

    private async Task InteractionAsync(JsonElement data, CancellationToken cancellationToken)
    {
        if (
            DiscordMapper.MapInteraction(data, threads.ParentOf)
            is not { Event: { } inbound } mapped
        )
        {
            logger.LogDebug("Ignored a Discord interaction CivBot does not offer");
            return;
        }
        var userId = inbound.Sender.Id.Value[(DiscordChannel.Name.Length + 1)..];
        Learn(inbound, userId);
        // An admin's /link: the code it makes follows this answer, ephemeral, instead of going by DM.
        var pending = answers.Expect(mapped, userId);
        var work = WorkAsync(mapped, inbound, cancellationToken);
        var deferred = false;
        if (await Task.WhenAny(work, Task.Delay(DeferAfter, time, cancellationToken)) != work)
        {
            deferred = true;
            await responder.DeferAsync(mapped, cancellationToken);
        }
        string answer;
        var recorded = false;
        try
        {
            await work;
            answer = mapped.Confirmation;
            recorded = true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("A Discord interaction was not recorded: {Reason}", e.Message);
            answer = "Sorry, that did not go through. Please try again.";
        }
        try
        {
            await responder.AnswerAsync(mapped, answer, deferred, cancellationToken);
        }
        finally
        {
            if (pending is not null)
                answers.Answered(pending, recorded);
        }
    }

    private async Task WorkAsync(
        MappedInteraction mapped,
        InboundEvent inbound,
        CancellationToken cancellationToken
    )
    {
        if (
            options.Value.UseThreads
            && mapped.StartsThread is { } channel
            && AskText(inbound.Body) is { } ask
        )
        {
            if (await loopThreads.InChannelAsync(channel, ask, cancellationToken) is { } thread)
                inbound = inbound with { ThreadId = thread };
        }
        await sink.SubmitAsync(inbound, cancellationToken);
    }

    private void Learn(InboundEvent inbound, string userId) =>
        members.Learn(inbound.Sender.Handle, userId);

    private static string? AskText(InboundBody body)
    {
        var command = body switch
        {
            TextBody t => CommandParser.Parse(t.Text),
            CommandBody c => CommandParser.FromParts(c.Name, c.Args),
            _ => null,
        };
        return command is { Name: "ask" } ? command.Args : null;
    }
}
