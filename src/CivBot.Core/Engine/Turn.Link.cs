namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Effects;
using CivBot.Core.Model;
using CivBot.Core.Receipts;
using CivBot.Core.Replies;

/// <summary>
/// Linking chats into one group (<c>/link</c>, <c>/links</c>, <c>/unlink</c>). Both chats' admins act: one makes a
/// code, the other uses it, the first confirms. Each group's engine changes only its own state; a code's use travels
/// to the code's group through storage (<see cref="SendLinkRequest"/>, then a <see cref="TimerKind.LinkRequest"/>).
/// </summary>
internal sealed partial class Turn
{
    /// <summary>How long a link code, and a request to join, stay open.</summary>
    public static readonly TimeSpan LinkWindow = TimeSpan.FromMinutes(15);

    /// <summary>A chat may try this many codes an hour: with 50-bit codes, guessing stays hopeless.</summary>
    public const int LinkTriesPerHour = 5;

    public const int LinkCodeLength = 10;

    private LinkState Linking => State.Linking ?? LinkState.Empty;

    private LinkedChat ThisChat =>
        Linking.Chat(input.Chat)
        ?? new LinkedChat(
            input.Chat,
            input.ChatTitle is { } title && TextHygiene.Clean(title).Trim() is { Length: > 0 } clean
                ? PersonalData.Redact(clean)
                : LinkedChat.Untitled
        );

    private void Link(ParsedCommand cmd)
    {
        if (input.IsPrivate)
        {
            Tell(w => w.LinkNotPrivately);
            return;
        }
        if (!input.SenderIsChatAdmin)
        {
            Tell(w => w.LinkAdminsOnly);
            return;
        }
        switch (cmd.Words)
        {
            case []:
                NewLinkCode();
                break;
            case [var word] when Languages.Words.Means(word, w => w.ConfirmWord):
                ConfirmLink();
                break;
            case [var code]:
                UseLinkCode(code);
                break;
            default:
                Tell(w => w.LinkUsage);
                break;
        }
    }

    private void NewLinkCode()
    {
        var here = ThisChat;
        var serial = Linking.Serial + 1;
        // Salted like the join code, with what outsiders cannot see; still pure.
        var code = JoinCodes.Derive(
            "link",
            State.Id,
            serial,
            $"{State.Head.Hash}|{input.PlatformId}|{now.ToUnixTimeMilliseconds()}",
            LinkCodeLength
        );
        var expires = now + LinkWindow;
        State = State with
        {
            Linking = WithChat(Linking, here) with
            {
                Code = new LinkCode(code, input.Chat, expires),
                Serial = serial,
            },
        };
        Emit(new RegisterLinkCode(code, expires));
        Dm(Me, w => w.LinkYourCode(code, here.Name), fallbackToGroup: false);
        Tell(w => w.LinkCodeSent);
    }

    /// <summary>In the chat that wants to join: checks what this group can check, then sends the request on.</summary>
    private void UseLinkCode(string typed)
    {
        if (!CountTry())
            return;
        var code = JoinCodes.Normalize(typed, LinkCodeLength);
        if (code is null)
        {
            Tell(w => w.LinkWrongCode);
            return;
        }
        if (Linking.Code?.Code == code)
        {
            Tell(w => w.LinkOwnCode);
            return;
        }
        var others = Linking.Chats.Where(c => c.Chat != input.Chat).ToList();
        if (others.Count > 0)
        {
            Tell(w => w.LinkedElsewhere(string.Join(", ", others.Select(c => c.Name))));
            return;
        }
        if (State.Loops.Count > 0)
        {
            Tell(w => w.LinkOpenLoops(State.Loops.Count));
            return;
        }
        Emit(
            new SendLinkRequest(
                new LinkNote(code, input.Chat, ThisChat.Title, State.Id, MyHandleSafe, Here.Code)
            )
        );
    }

    /// <summary>
    /// Counts a code try from this chat (link codes and account codes alike); false, with the reason told, once the
    /// chat has had its tries for the hour.
    /// </summary>
    private bool CountTry()
    {
        var recent = Linking.Tries.RemoveAll(t => now - t.At >= TimeSpan.FromHours(1));
        if (recent.Count(t => t.Chat == input.Chat) >= LinkTriesPerHour)
        {
            State = State with { Linking = Linking with { Tries = recent } };
            Tell(w => w.LinkTooManyTries);
            return false;
        }
        State = State with
        {
            Linking = Linking with { Tries = recent.Add(new LinkTry(input.Chat, now)) },
        };
        return true;
    }

    /// <summary>In the code's group: a chat used the code (brought here by storage as a timer).</summary>
    private void OnLinkRequest(LinkNote note)
    {
        var asker = new OriginAudience(note.Chat);
        // The asking chat reads its own language, which its note carries.
        var theirs = Languages.Words.Find(note.Language) ?? GroupWords;
        if (Linking.Code is not { } open || open.Code != note.Code || now > open.ExpiresAt)
        {
            Emit(new SendMessage(asker, Reply.Plain(theirs.LinkWrongCode)));
            return;
        }
        if (note.From == State.Id || Linking.Chat(note.Chat) is not null)
        {
            Emit(new SendMessage(asker, Reply.Plain(theirs.LinkAlreadyIn)));
            return;
        }
        var joining = new LinkedChat(note.Chat, note.Title);
        State = State with
        {
            Linking = Linking with
            {
                Code = null,
                Request = new LinkRequest(joining, note.From, note.Handle, now + LinkWindow),
            },
        };
        // Single use: the code is retired as soon as a chat used it.
        Emit(new RegisterLinkCode(null, now));
        SayReply(
            null,
            w => new Reply(
                w.LinkAsks(joining.Name),
                [new ReplyButton(w.LinkAcceptButton, KnownCommands.LinkConfirmPayload)]
            )
        );
        var here = Linking.Chat(open.Chat)?.Name ?? LinkedChat.Untitled;
        Emit(new SendMessage(asker, Reply.Plain(theirs.LinkAsked(here))));
    }

    private void ConfirmLink()
    {
        if (Linking.Request is not { } request || now > request.ExpiresAt)
        {
            // Two admins confirming at once: the second finds the request gone, and is told why.
            Tell(w =>
                Linking.Confirmed is { } done
                && now <= done.Until
                && Linking.Chat(done.Chat.Chat) is not null
                    ? w.LinkAlreadyConfirmed(done.Chat.Name, done.By)
                    : w.LinkNothingToConfirm
            );
            return;
        }
        var before = WithChat(Linking, ThisChat);
        var names = string.Join(", ", before.Chats.Select(c => c.Name));
        State = State with
        {
            Linking = before with
            {
                Chats = before.Chats.Add(request.Chat),
                Request = null,
                Confirmed = new ConfirmedLink(request.Chat, MyHandleSafe, request.ExpiresAt),
            },
        };
        Emit(new LinkChat(request.Chat.Chat));
        Record(
            null,
            ReceiptKind.Link,
            MyHandleSafe,
            Languages.Phrases.Linked(request.Chat.Name, names, request.Handle, MyHandleSafe)
        );
        Say(
            null,
            w => w.Linked(request.Chat.Name, string.Join(", ", Linking.Chats.Select(c => c.Name)))
        );
    }

    private void ListLinks()
    {
        var sms = State.Members.Count(m =>
            m.Active && m.Id.Value.StartsWith("sms:", StringComparison.Ordinal)
        );
        Tell(w =>
            Linking.Chats.Count > 1
                ? w.LinkedChats(string.Join(", ", Linking.Chats.Select(c => c.Name)), sms)
                : w.OnlyThisChat(sms)
        );
    }

    private void Unlink()
    {
        if (input.IsPrivate)
        {
            Tell(w => w.LinkNotPrivately);
            return;
        }
        if (!input.SenderIsChatAdmin)
        {
            Tell(w => w.LinkAdminsOnly);
            return;
        }
        if (Linking.Chat(input.Chat) is not { } leaving || Linking.Chats.Count < 2)
        {
            Tell(w => w.NotLinked);
            return;
        }
        if (State.Loops.Count > 0)
        {
            Tell(w => w.UnlinkOpenLoops(State.Loops.Count));
            return;
        }
        // The chat goes back to its own earlier group; the chat the group began in (whose id the group carries)
        // starts a fresh one.
        var own = new GroupId(input.Chat.ToString());
        var to = own != State.Id ? own : new GroupId($"{input.Chat}#{State.Head.Seq + 1}");
        Say(null, w => w.Unlinked(leaving.Name));
        Record(
            null,
            ReceiptKind.Unlink,
            MyHandleSafe,
            Languages.Phrases.Unlinked(leaving.Name, MyHandleSafe)
        );
        State = State with
        {
            Linking = Linking with
            {
                Chats = Linking.Chats.Remove(leaving),
                LastChat = Linking.LastChats.RemoveRange(
                    Linking.LastChats.Where(p => p.Value == input.Chat).Select(p => p.Key)
                ),
            },
        };
        Emit(new UnlinkChat(input.Chat, to));
    }

    /// <summary>In a group of linked chats, remembers the chat each member last spoke in (for mention fallbacks).</summary>
    private void NoteChat()
    {
        if (
            input.IsPrivate
            || State.Linking is not { Chats.Count: > 1 } linking
            || linking.Chat(input.Chat) is null
            || (linking.LastChats.TryGetValue(Me, out var last) && last == input.Chat)
        )
            return;
        State = State with
        {
            Linking = linking with { LastChat = linking.LastChats.SetItem(Me, input.Chat) },
        };
    }

    private Model.ChatAddress? LastChatOf(MemberId member) =>
        State.Linking?.LastChat is { } last && last.TryGetValue(member, out var chat) ? chat : null;

    private static LinkState WithChat(LinkState linking, LinkedChat chat) =>
        linking.Chat(chat.Chat) is null
            ? linking with
            {
                Chats = linking.Chats.Add(chat),
            }
            : linking;
}
