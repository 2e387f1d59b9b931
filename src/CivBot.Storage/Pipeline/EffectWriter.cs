namespace CivBot.Storage.Pipeline;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Kits;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Receipts.Checkpoints;
using CivBot.Core.Replies;
using CivBot.Storage.Checkpoints;
using CivBot.Storage.Outbox;
using CivBot.Storage.Pages;
using CivBot.Storage.Receipts;
using Microsoft.Extensions.Logging;

/// <summary>
/// Applies the engine's effects inside the event's transaction: receipts, outbox rows per concrete chat, timers, and
/// the read-only answers (/receipts, /kit, /verify), which see what this same transaction wrote.
/// </summary>
/// <param name="signer">The deployment's checkpoint key, when the host has one: a closing receipt then posts a signed
/// checkpoint to the group's chats, and /verify names the key.</param>
internal sealed partial class EffectWriter(
    IGroupEngine engine,
    ILogger<EffectWriter> logger,
    CheckpointSigner? signer = null
)
{
    /// <param name="replyJson">Replies already serialized ahead of the writer, by reference; others are serialized here.</param>
    public void Apply(
        WriteSession session,
        GroupId group,
        EngineResult result,
        DateTimeOffset now,
        IReadOnlyDictionary<Reply, string>? replyJson = null
    )
    {
        foreach (var effect in result.Effects)
            Apply(session, group, effect, now, replyJson);
        if (signer is not null)
            PostCheckpointAfterClosing(session, group, result, now);
    }

    /// <summary>Serializes a batch's replies up front, so the single writer does not have to.</summary>
    public static Dictionary<Reply, string> SerializeReplies(IEnumerable<Effect> effects)
    {
        var json = new Dictionary<Reply, string>(ReferenceEqualityComparer.Instance);
        foreach (var effect in effects)
        {
            if (effect is SendMessage send)
                json.TryAdd(send.Reply, ReplyJson.Serialize(OutboundRedaction.Redact(send.Reply)));
        }
        return json;
    }

    public void Apply(
        WriteSession session,
        GroupId group,
        Effect effect,
        DateTimeOffset now,
        IReadOnlyDictionary<Reply, string>? replyJson = null
    )
    {
        switch (effect)
        {
            case AppendReceipt append:
                session.InsertReceipt(append.Receipt);
                break;
            case SendMessage send:
                Send(
                    session,
                    group,
                    send.To,
                    send.Reply,
                    send.EditKey,
                    now,
                    replyJson?.GetValueOrDefault(send.Reply)
                );
                break;
            case ScheduleTimer schedule:
                session.InsertTimer(
                    group,
                    schedule.Timer.DueAt,
                    StateJson.Serialize(schedule.Timer)
                );
                break;
            case ShowReceipts show:
                Send(session, group, show.To, ReceiptsPage(session, group, show), null, now);
                break;
            case ShowKit kit:
                Send(session, group, kit.To, Kit(session, group, kit), null, now);
                break;
            case VerifyReceipts verify:
                Send(
                    session,
                    group,
                    verify.To,
                    Verify(session, group, Words.Of(verify.Language)),
                    null,
                    now
                );
                break;
            case VerifyCheckpoint check:
                Send(
                    session,
                    group,
                    check.To,
                    Verify(session, group, check.Note, Words.Of(check.Language)),
                    null,
                    now
                );
                break;
            case SetPublication publication:
                Publish(session, group, publication, now);
                break;
            case RequestDraft draft:
                QueueDraft(session, group, draft, now);
                break;
            case RegisterJoinCode join:
                if (!session.RegisterJoinCode(group, join.Code, now))
                    logger.LogWarning(
                        "Join code of group {Group} is already another group's; the group should ask for /smscode new",
                        group
                    );
                break;
            case RegisterLinkCode or SendLinkRequest or LinkChat or UnlinkChat:
                ApplyLink(session, group, effect, now);
                break;
            default:
                throw new NotSupportedException(
                    $"Storage does not know the effect {effect.GetType().Name}."
                );
        }
    }

    /// <summary>
    /// Queues a draft request as an outbox row for the pseudo-channel "ai" (chat id: the group): sent after commit, once,
    /// by the AI sender, which hands the checked answer back as an event. Only the loop's receipts as
    /// <see cref="DraftRequest"/> holds them (handles and recorded texts, never member ids) go with it.
    /// </summary>
    private static void QueueDraft(
        WriteSession session,
        GroupId group,
        RequestDraft draft,
        DateTimeOffset now
    )
    {
        var request = new Core.Ai.DraftRequest(
            group,
            draft.Serial,
            draft.Facts,
            Core.Ai.DraftRequest.From(session.LoopReceipts(group, draft.Facts.Loop))
        );
        session.InsertOutbox(
            group,
            new OutboxDestination(new ChatAddress(RequestDraft.AiChannel, group.Value)),
            ReplyJson.Serialize(Reply.Plain(request.Serialize())),
            null,
            now
        );
    }

    /// <summary>Writes one outbox row per concrete chat the audience stands for.</summary>
    public void Send(
        WriteSession session,
        GroupId? group,
        Audience to,
        Reply reply,
        string? editKey,
        DateTimeOffset now,
        string? serialized = null
    )
    {
        var destinations = Resolve(session, group, to);
        if (destinations.Count == 0)
            return;
        var json = serialized ?? ReplyJson.Serialize(OutboundRedaction.Redact(reply));
        foreach (var destination in destinations)
            session.InsertOutbox(group, destination, json, editKey, now);
    }

    private List<OutboxDestination> Resolve(WriteSession session, GroupId? group, Audience to)
    {
        switch (to)
        {
            case OriginAudience origin:
                return [new OutboxDestination(origin.Chat, origin.ThreadId)];
            case GroupAudience all:
                return group is { } g
                    ?
                    [
                        .. session
                            .GroupChats(g)
                            .Select(c => new OutboxDestination(
                                c,
                                c == all.ThreadChat ? all.ThreadId : null
                            )),
                    ]
                    : [];
            case MemberAudience member:
                // In linked chats a mention goes only to the chat the member last spoke in (in the loop's thread
                // when that is the loop's chat); the row carries that chat for a fallback at send time too.
                var fallbackChat = member.LastChat ?? member.ThreadChat;
                var fallbackThread = fallbackChat == member.ThreadChat ? member.ThreadId : null;
                if (session.ReachableContact(member.Member) is { } dm)
                    return
                    [
                        new OutboxDestination(
                            dm,
                            null,
                            true,
                            member.Member,
                            member.Handle,
                            FallbackThreadChat: fallbackChat,
                            FallbackThreadId: fallbackThread
                        ),
                    ];
                if (member.FallbackToGroup && group is { } fallbackGroup)
                    return
                    [
                        .. session
                            .GroupChats(fallbackGroup)
                            .Where(c =>
                                member.LastChat is not { } last
                                || c == last
                                || !session.GroupChats(fallbackGroup).Contains(last)
                            )
                            .Select(c => new OutboxDestination(
                                c,
                                c == member.ThreadChat ? member.ThreadId : null,
                                Member: member.Member,
                                MentionHandle: member.Handle
                            )),
                    ];
                logger.LogDebug(
                    "A private message to a member of {Group} was dropped: no reachable chat and no fallback",
                    group
                );
                return [];
            default:
                throw new NotSupportedException(
                    $"Storage does not know the audience {to.GetType().Name}."
                );
        }
    }

    private Reply ReceiptsPage(WriteSession session, GroupId group, ShowReceipts show)
    {
        var size = engine.ReceiptsPageSize;
        var page = Math.Max(show.Page, 1);
        var rows = session.ReceiptsNewestFirst(
            group,
            show.Loop,
            show.AsOfSeq,
            size + 1,
            (page - 1) * size
        );
        var hasMore = rows.Count > size;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        return ReceiptText.Page(Words.Of(show.Language), rows, show.Loop, page, hasMore);
    }

    private static Reply Kit(WriteSession session, GroupId group, ShowKit kit)
    {
        var w = Words.Of(kit.Language);
        var receipts = session.LoopReceipts(group, kit.Loop);
        if (receipts.Count == 0)
            return Reply.Plain(w.NoSuchLoopInGroup(kit.Loop));
        return Reply.Plain(
            kit.Full
                ? KitRenderer.Render(w, kit.Loop, receipts)
                : KitSummary.Render(w, kit.Loop, receipts)
        );
    }

    private Reply Verify(WriteSession session, GroupId group, Words language)
    {
        var walker = new ChainWalker();
        foreach (var receipt in session.StreamReceipts(group))
            walker.Add(receipt);
        var reply = ReceiptText.Verified(language, walker.Count, walker.Finish());
        return signer is null
            ? reply
            : Reply.Plain(
                reply.Text
                    + "\n"
                    + language.CheckpointKeyLine(
                        signer.PublicKey.Fingerprint,
                        signer.PublicKey.VerifierKey
                    )
            );
    }

    private Reply Verify(WriteSession session, GroupId group, string note, Words w)
    {
        if (signer is null)
            return Reply.Plain(w.NoCheckpointKey);
        if (CheckpointCheck.Read(note, signer.PublicKey, out var problem) is not { } checkpoint)
            return Reply.Plain(problem!(w));
        if (checkpoint.GroupOn(signer.PublicKey.Name) != group.Value)
            return Reply.Plain(w.CheckpointOfAnotherGroup(checkpoint.Origin));
        var walker = new ChainWalker(
            new ChainHead(checkpoint.TreeSize, checkpoint.HeadHash),
            ChainFault.DiffersFromCheckpoint
        );
        foreach (var receipt in session.StreamReceipts(group))
            walker.Add(receipt);
        return Reply.Plain(
            walker.Finish() is { } broken
                ? w.CheckpointBroken(broken.Seq, broken.Reason(w))
                : w.CheckpointMatches(checkpoint.TreeSize, checkpoint.HeadHash[..12], walker.Count)
        );
    }

    private void Publish(
        WriteSession session,
        GroupId group,
        SetPublication change,
        DateTimeOffset now
    )
    {
        if (!change.Published)
        {
            PublicationRows.Delete(session, group);
            return;
        }
        var taken = change.Slug is { } wanted && PublicationRows.SlugTaken(session, wanted, group);
        var publication = new Publication(
            group,
            taken || change.Slug is null ? PublicationRows.RandomSlug() : change.Slug!,
            change.ShowEvidence,
            now
        );
        PublicationRows.Save(session, publication);
        Send(
            session,
            group,
            change.To,
            Reply.Plain(
                $"🌐 The receipts are public now at /g/{publication.Slug} on this bot's web address"
                    + (taken ? $" (/g/{change.Slug} belongs to another group)" : "")
                    + ". The page checks every receipt in the reader's browser. A steward can take it down at once with /unpublish."
            ),
            null,
            now
        );
    }

    /// <summary>
    /// When a loop closed in this event (or the group published its page), every chat of the group gets a signed checkpoint of the chain as it now
    /// stands, in the loop's thread like the closing message itself: the chats are witnesses the operator cannot edit.
    /// </summary>
    private void PostCheckpointAfterClosing(
        WriteSession session,
        GroupId group,
        EngineResult result,
        DateTimeOffset now
    )
    {
        var effects = result.Effects;
        Receipt? last = null;
        var closed = false;
        Audience to = new GroupAudience();
        foreach (var effect in effects)
        {
            if (effect is AppendReceipt append)
            {
                last = append.Receipt;
                closed |= append.Receipt.Kind == ReceiptKind.Closed;
            }
            else if (effect is SetPublication { Published: true })
                closed = true;
            else if (effect is SendMessage { To: GroupAudience audience })
                to = audience;
        }
        if (!closed || last is null)
            return;
        var checkpoint = CheckpointNotes.Sign(signer!, group, ChainHead.Of(last), now);
        CheckpointNotes.Save(session, group, checkpoint);
        Send(
            session,
            group,
            to,
            Reply.Plain(CheckpointNotes.Message(engine.LanguageOf(result.State), checkpoint)),
            null,
            now
        );
    }
}
