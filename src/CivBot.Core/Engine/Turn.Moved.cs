namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using CivBot.Core.Model;

/// <summary>
/// A chat of the group moved to a new id (a Telegram group upgraded to a supergroup): wherever the state names the
/// chat (its linked-chat entry, open link code, code tries, members' last chats, loops' threads) it names the new id,
/// so nothing goes to the old address. Nobody is told; nothing is recorded.
/// </summary>
internal sealed partial class Turn
{
    private void OnChatMoved(ChatAddress from)
    {
        var to = input.Chat;
        ChatAddress Move(ChatAddress chat) => chat == from ? to : chat;
        if (from == to)
            return;
        if (State.Linking is { } linking)
        {
            State = State with
            {
                Linking = linking with
                {
                    Chats = linking.Chats.ConvertAll(c => c with { Chat = Move(c.Chat) }),
                    Code = linking.Code is { } code ? code with { Chat = Move(code.Chat) } : null,
                    Tries = linking.Tries.ConvertAll(t => t with { Chat = Move(t.Chat) }),
                    LastChat = linking.LastChat?.ToImmutableDictionary(
                        p => p.Key,
                        p => Move(p.Value)
                    ),
                    Confirmed = linking.Confirmed is { } done
                        ? done with
                        {
                            Chat = done.Chat with { Chat = Move(done.Chat.Chat) },
                        }
                        : null,
                },
            };
        }
        if (State.Loops.Any(l => l.ThreadChat == from))
            State = State with
            {
                Loops = State.Loops.ConvertAll(l =>
                    l.ThreadChat == from ? l with { ThreadChat = to } : l
                ),
            };
    }
}
