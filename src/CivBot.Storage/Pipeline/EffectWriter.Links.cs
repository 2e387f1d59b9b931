namespace CivBot.Storage.Pipeline;

using CivBot.Core.Effects;
using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Core.Replies;

/// <summary>
/// Linking chats: the link code table, carrying a chat's request to the code's group (a timer due now, so that group's
/// own engine handles it in order), and moving chats between groups.
/// </summary>
internal sealed partial class EffectWriter
{
    private void ApplyLink(WriteSession session, GroupId group, Effect effect, DateTimeOffset now)
    {
        switch (effect)
        {
            case RegisterLinkCode register:
                session.RegisterLinkCode(group, register.Code, register.ExpiresAt);
                break;
            case SendLinkRequest { Note: var note }:
                if (session.LinkCodeGroup(note.Code, now) is { } target)
                    session.InsertTimer(
                        target,
                        now,
                        StateJson.Serialize(
                            new TimerSpec(now, TimerKind.LinkRequest, 0, 0, Link: note)
                        )
                    );
                else
                    Send(
                        session,
                        group,
                        new OriginAudience(note.Chat),
                        Reply.Plain(Words.Of(note.Language).LinkWrongCode),
                        null,
                        now
                    );
                break;
            case LinkChat link:
                // The joining chat's group was checked for open loops when its admin asked; a loop opened there since
                // would be cut off from its chat, so the confirmation fails instead (nothing changes).
                var from = session.BoundGroup(link.Chat);
                if (from is { } before && before != group)
                {
                    var open = session.SelectGroup(before) is { } stored
                        ? StateJson.Deserialize(stored.StateJson).Loops.Count
                        : 0;
                    if (open > 0)
                        throw new InvalidOperationException(
                            $"A chat of group {before} cannot join {group}: {open} loop(s) opened there since it asked."
                        );
                }
                session.RebindChat(link.Chat, group, now);
                // A group left without chats stops taking texters: its join code would lead nowhere.
                if (from is { } left && left != group && session.GroupChats(left).Count == 0)
                    session.RetireJoinCode(left);
                break;
            case UnlinkChat unlink:
                if (session.SelectGroup(unlink.To) is null)
                    session.InsertGroup(
                        unlink.To,
                        StateJson.Serialize(engine.NewGroup(unlink.To)),
                        now
                    );
                session.RebindChat(unlink.Chat, unlink.To, now);
                break;
        }
    }
}
